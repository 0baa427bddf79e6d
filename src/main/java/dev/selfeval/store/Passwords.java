package dev.selfeval.store;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Users' passwords hashed with Argon2id (salted, memory-hard), by Spring Security's encoder. */
public final class Passwords {
    /** The OWASP-recommended parameters Spring Security ships as its defaults. */
    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** The shortest password a user may be given. */
    public static final int SHORTEST = 10;

    private Passwords() {
    }

    public static String hash(String password) {
        return ENCODER.encode(password);
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && ENCODER.matches(password, hash);
    }
}
