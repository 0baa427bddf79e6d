package dev.selfeval.web;

import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Team mode ({@code serve --team}): users log in with a name and a password (Argon2id hashes in the
 * database) and get a session cookie (HttpOnly, SameSite=Strict) with a CSRF token of its own; every
 * state change needs that token and, when the browser sends one, an Origin of this server; the Host
 * header must name the server as given at start. A session carries only the user's name: the role and
 * whether the user is still enabled are read from the database on every request (one lookup by the
 * name's unique index), so a user demoted or disabled, here or with {@code users set}, loses the rights at once. Failed logins are counted per name and per address,
 * each attempt counted before its password is checked: after {@value #TRIES} in {@link #LOCKOUT} that
 * name waits, after ten times as many that address. Logins, failures and logouts go into the audit log.
 * The token of local mode does not open anything here.
 */
final class TeamGate implements Gate {
    static final int TRIES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Behind a reverse proxy every user has the proxy's address: one user's typos must not lock the others out. */
    private static final int ADDRESS_TRIES = 10;
    private static final Duration IDLE = Duration.ofHours(8);
    private static final int MOST_TRACKED = 10_000;
    /** Argon2 takes 16 MiB a check: at most this many at once. */
    private static final Semaphore CHECKING = new Semaphore(4);
    /** Checked when there is no such user, so that an unknown name takes as long as a wrong password. */
    private static final String DUMMY = Passwords.hash("selfeval-no-such-user-" + Guard.newToken());

    private record Session(String name, String csrf, long lastSeen) {
    }

    private record Failures(int count, long since) {
    }

    private final Users users;
    private final Set<String> hosts;
    private final String cookie;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** @param hosts the Host headers the server answers to ({@code name:port}) */
    TeamGate(Users users, Set<String> hosts, int port) {
        this.users = users;
        this.hosts = hosts;
        this.cookie = "selfeval_session_" + port;
    }

    @Override
    public void check(Context ctx) {
        Guard.requireHost(ctx, hosts, "不是本工作台启动时给的地址（--public-host）");
        if (Guard.changesState(ctx.method())) {
            Guard.requireOrigin(ctx, hosts);
        }
        if (ctx.path().equals("/login") || ctx.path().equals("/static/workbench.css")) {
            return;
        }
        String id = ctx.cookie(cookie);
        Session s = id == null ? null : touch(id);
        Role role = s == null ? null : role(s.name());
        if (role == null) {
            if (ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/login");
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Guard.Refused(401, "请先登录");
        }
        ctx.attribute(WHO, new Who(s.name(), role, true));
        ctx.attribute(CSRF, s.csrf());
        if (Guard.changesState(ctx.method())) {
            Guard.requireCsrf(ctx, s.csrf());
        }
    }

    /** {@code POST /login}: the name and password checked; a session on success, counted as a failure otherwise. */
    void login(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new Guard.Refused(400, "登录请用表单提交姓名和密码");
        }
        String name = String.valueOf(ctx.formParam("name")).strip();
        if (name.isEmpty() || name.length() > Users.LONGEST_NAME) {
            throw new Guard.Refused(400, "姓名不能为空或超过 " + Users.LONGEST_NAME + " 个字符");
        }
        String address = ctx.ip();
        // the attempt counts before the password is checked: parallel guesses cannot slip past the count
        if (!attempt("n:" + name, TRIES) | !attempt("a:" + address, TRIES * ADDRESS_TRIES)) {
            users.log(name, address, "login-locked", null);
            throw new Guard.Refused(429, "登录失败次数过多，请 " + LOCKOUT.toMinutes() + " 分钟后再试");
        }
        Optional<Users.User> user = users.find(name).filter(u -> !u.disabled());
        Role role = user.map(u -> Role.named(u.role())).orElse(null);
        if (!checked(ctx.formParam("password"), user.map(Users.User::passwordHash).orElse(DUMMY)) || role == null) {
            users.log(name, address, "login-failed", null);
            throw new Guard.Refused(401, "姓名或密码不对");
        }
        failures.remove("n:" + name);
        // a success is no failure of the address either (behind a proxy all users share it)
        failures.computeIfPresent("a:" + address, (k, f) -> f.count() <= 1 ? null : new Failures(f.count() - 1, f.since()));
        long now = System.currentTimeMillis();
        sessions.values().removeIf(x -> now - x.lastSeen() > IDLE.toMillis()); // sessions left idle go at the next login
        String id = Guard.newToken();
        sessions.put(id, new Session(name, Guard.newToken(), now));
        ctx.cookie(Guard.strictCookie(cookie, id));
        users.log(name, address, "login", role.key());
        ctx.redirect("/audit");
    }

    /** {@code POST /logout}: the session ended. */
    void logout(Context ctx) {
        String id = ctx.cookie(cookie);
        Session s = id == null ? null : sessions.remove(id);
        if (s != null) {
            users.log(s.name(), ctx.ip(), "logout", null);
        }
        ctx.removeCookie(cookie, "/");
        ctx.redirect("/login");
    }

    /** The session, its idle time renewed; null when there is none or it was idle too long. Never brings back one logged out. */
    private Session touch(String id) {
        long now = System.currentTimeMillis();
        return sessions.computeIfPresent(id, (k, s) -> now - s.lastSeen() > IDLE.toMillis() ? null : new Session(s.name(), s.csrf(), now));
    }

    /** The user's role now; null when the user is gone or disabled. */
    private Role role(String name) {
        return users.find(name).filter(u -> !u.disabled()).map(u -> Role.named(u.role())).orElse(null);
    }

    private static boolean checked(String password, String hash) {
        try {
            CHECKING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return Passwords.matches(password, hash);
        } finally {
            CHECKING.release();
        }
    }

    /** Counts one attempt; false when the key has used up its tries within the lockout. */
    private boolean attempt(String key, int tries) {
        long now = System.currentTimeMillis();
        if (failures.size() > MOST_TRACKED) { // many names guessed at: forget the failures too old to lock anyone out
            failures.values().removeIf(f -> now - f.since() > LOCKOUT.toMillis());
        }
        Failures f = failures.compute(key, (k, old) -> old == null || now - old.since() > LOCKOUT.toMillis() ? new Failures(1, now)
                : new Failures(old.count() + 1, old.since()));
        return f.count() <= tries;
    }
}
