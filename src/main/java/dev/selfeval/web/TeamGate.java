package dev.selfeval.web;

import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Team mode ({@code serve --team}): users log in with a name and a password (Argon2id hashes in the
 * database) and get a session cookie (HttpOnly, SameSite=Strict) with a CSRF token of its own; every
 * state change needs that token and, when the browser sends one, an Origin of this server; the Host
 * header must name the server as given at start. Failed logins are counted per name and per address:
 * after {@value #TRIES} in {@link #LOCKOUT} that name waits, after ten times as many that address. Logins, failures and logouts go
 * into the audit log. The token of local mode does not open anything here.
 */
final class TeamGate implements Gate {
    static final int TRIES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /**
     * An address waits after this many times {@value #TRIES} failures: behind a reverse proxy every user
     * has the proxy's address, and one user's typos must not lock the others out.
     */
    private static final int ADDRESS_TRIES = 10;
    private static final Duration IDLE = Duration.ofHours(8);
    private static final int MOST_TRACKED = 10_000;

    private record Session(String name, Role role, String csrf, long lastSeen) {
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
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase())) {
            throw new Guard.Refused(403, "请求的主机名「" + (host == null ? "（空）" : host) + "」不是本工作台启动时给的地址（--public-host）");
        }
        String origin = ctx.header("Origin");
        if (Guard.changesState(ctx.method()) && origin != null && hosts.stream().noneMatch(h -> origin.equalsIgnoreCase("http://" + h)
                || origin.equalsIgnoreCase("https://" + h))) {
            throw new Guard.Refused(403, "跨站请求被拒绝：来源 " + origin + " 不是本工作台");
        }
        if (ctx.path().equals("/login") || ctx.path().equals("/static/workbench.css")) {
            return;
        }
        Session s = session(ctx).orElse(null);
        if (s == null) {
            if (ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/login");
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Guard.Refused(401, "请先登录");
        }
        ctx.attribute(WHO, new Who(s.name(), s.role(), true));
        ctx.attribute(CSRF, s.csrf());
        if (Guard.changesState(ctx.method())) {
            String given = ctx.header(Guard.CSRF_HEADER);
            if (given == null && Guard.isForm(ctx)) {
                given = ctx.formParam(Guard.CSRF_FIELD);
            }
            if (!Guard.same(given, s.csrf())) {
                throw new Guard.Refused(403, "缺少或不对的 CSRF 令牌：请刷新页面后重试");
            }
        }
    }

    /** {@code POST /login}: the name and password checked; a session on success, counted as a failure otherwise. */
    void login(Context ctx) {
        String name = String.valueOf(ctx.formParam("name")).strip();
        String address = ctx.ip();
        if (locked("n:" + name, TRIES) || locked("a:" + address, TRIES * ADDRESS_TRIES)) {
            users.log(name, address, "login-locked", null);
            throw new Guard.Refused(429, "登录失败次数过多，请 " + LOCKOUT.toMinutes() + " 分钟后再试");
        }
        Optional<Users.User> user = users.find(name).filter(u -> !u.disabled());
        Role role = user.map(u -> Role.named(u.role())).orElse(null);
        if (user.isEmpty() || role == null || !Passwords.matches(ctx.formParam("password"), user.get().passwordHash())) {
            failed("n:" + name);
            failed("a:" + address);
            users.log(name, address, "login-failed", null);
            throw new Guard.Refused(401, "姓名或密码不对");
        }
        failures.remove("n:" + name);
        long now = System.currentTimeMillis();
        sessions.values().removeIf(x -> now - x.lastSeen() > IDLE.toMillis()); // sessions left idle go at the next login
        String id = Guard.newToken();
        sessions.put(id, new Session(name, role, Guard.newToken(), now));
        Cookie c = new Cookie(cookie, id);
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        ctx.cookie(c);
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

    private Optional<Session> session(Context ctx) {
        String id = ctx.cookie(cookie);
        Session s = id == null ? null : sessions.get(id);
        long now = System.currentTimeMillis();
        if (s == null || now - s.lastSeen() > IDLE.toMillis()) {
            if (s != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        Session seen = new Session(s.name(), s.role(), s.csrf(), now);
        sessions.put(id, seen);
        return Optional.of(seen);
    }

    private boolean locked(String key, int tries) {
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (System.currentTimeMillis() - f.since() > LOCKOUT.toMillis()) {
            failures.remove(key);
            return false;
        }
        return f.count() >= tries;
    }

    private void failed(String key) {
        long now = System.currentTimeMillis();
        if (failures.size() > MOST_TRACKED) { // many names guessed at: forget the failures too old to lock anyone out
            failures.values().removeIf(f -> now - f.since() > LOCKOUT.toMillis());
        }
        failures.merge(key, new Failures(1, now), (old, one) -> now - old.since() > LOCKOUT.toMillis() ? one
                : new Failures(old.count() + 1, old.since()));
    }
}
