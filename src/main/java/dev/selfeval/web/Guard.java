package dev.selfeval.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may drive the workbench: every request carries the server's token (as {@code Authorization:
 * Bearer}, as {@code ?token=}, or as the cookie a first visit with the token sets), names this server
 * in its Host header (a page on another site that rebinds its name to 127.0.0.1 names its own), and
 * a state change made with the cookie carries the page's CSRF token and, when the browser sends an
 * Origin, this server's. A script that gives the token itself needs no CSRF token: no other site can
 * know it.
 */
final class Guard implements Gate {
    /** The header, and the form field, that carry the CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";

    private final String token;
    private final String csrf;
    private final String cookie;
    private final String address;
    private final Set<String> hosts;

    Guard(String token, int port) {
        this.token = token;
        this.csrf = derive(token, "csrf");
        this.cookie = "selfeval_" + port; // cookies are not kept apart by port: two servers, two names
        this.address = "127.0.0.1:" + port;
        this.hosts = Workbench.LOOPBACK.stream().map(h -> h + ":" + port).collect(Collectors.toSet());
    }

    /** A new random token: 32 bytes, as hex. */
    static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Checks one request; throws {@link Refused} when it may not go on. */
    @Override
    public void check(Context ctx) {
        requireHost(ctx, hosts, "不是本工作台的地址；请用启动时打印的地址 " + address + " 打开");
        String auth = ctx.header("Authorization");
        boolean byHeader = auth != null && auth.startsWith("Bearer ") && same(auth.substring(7).strip(), token);
        boolean byQuery = same(ctx.queryParam("token"), token);
        boolean byCookie = same(ctx.cookie(cookie), token);
        if (!byHeader && !byQuery && !byCookie) {
            throw new Refused(401, "没有或不对的访问令牌：请用启动时打印的带 token 的地址打开工作台，脚本请加请求头 Authorization: Bearer 令牌");
        }
        if (byQuery && !byCookie) {
            ctx.cookie(strictCookie(cookie, token));
        }
        ctx.attribute(WHO, new Who("本机", dev.selfeval.store.Role.ADMIN, false));
        ctx.attribute(CSRF, csrf);
        if (changesState(ctx.method()) && !byHeader && !byQuery) {
            requireOrigin(ctx, hosts);
            requireCsrf(ctx, csrf);
        }
    }

    /** Refuses a request whose Host header is none of {@code hosts} ({@code host:port}); {@code hint} says which to use. */
    static void requireHost(Context ctx, Set<String> hosts, String hint) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase())) {
            throw new Refused(403, "请求的主机名「" + (host == null ? "（空）" : host) + "」" + hint);
        }
    }

    /** Refuses a request whose Origin, when the browser sent one, names none of {@code hosts}. */
    static void requireOrigin(Context ctx, Set<String> hosts) {
        String origin = ctx.header("Origin");
        if (origin != null && !hosts.contains(hostOf(origin))) {
            throw new Refused(403, "跨站请求被拒绝：来源 " + origin + " 不是本工作台");
        }
    }

    /** An Origin as {@code host:port}, the port filled in from the scheme when the browser left it out. */
    static String hostOf(String origin) {
        try {
            URI u = URI.create(origin);
            int port = u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            return u.getHost() == null ? "" : u.getHost().toLowerCase() + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Refuses a state change without the page's CSRF token (its header, or a form's field). */
    static void requireCsrf(Context ctx, String expected) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(CSRF_FIELD);
        }
        if (!same(given, expected)) {
            throw new Refused(403, "缺少或不对的 CSRF 令牌：请刷新页面后重试");
        }
    }

    /** A cookie scripts cannot read and other sites cannot send. */
    static Cookie strictCookie(String name, String value) {
        Cookie c = new Cookie(name, value);
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        return c;
    }

    /** Whether the request came with the token in its address (then the page drops it from the address). */
    static boolean tokenInAddress(Context ctx) {
        return ctx.queryParam("token") != null;
    }

    static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String derive(String key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request refused, with its status and the reason in Chinese. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }
}
