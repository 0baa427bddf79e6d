package dev.selfeval.web;

import dev.selfeval.store.Role;
import io.javalin.http.Context;

/**
 * What every request passes before its handler: the local token ({@link Guard}) or team mode's login
 * and roles ({@link TeamGate}). A gate that lets a request on says who made it and the page's CSRF
 * token, as request attributes the pages read.
 */
interface Gate {
    /** The request attribute naming who made the request ({@link Who}). */
    String WHO = "selfeval.who";
    /** The request attribute holding the CSRF token the page must send back. */
    String CSRF = "selfeval.csrf";

    /** Lets the request on, or throws {@link Guard.Refused}. */
    void check(Context ctx);

    /** Who made a request: a user and a role (in local mode: the token holder, who may do everything). */
    record Who(String name, Role role, boolean team) {
        boolean may(Role needed) {
            return role.atLeast(needed);
        }
    }

    static Who who(Context ctx) {
        Who w = ctx.attribute(WHO);
        return w == null ? new Who("", Role.VIEWER, true) : w;
    }

    /** Refused unless the request's user has at least this role: every change is checked here, on the server. */
    static void require(Context ctx, Role needed) {
        Who w = who(ctx);
        if (!w.may(needed)) {
            throw new Guard.Refused(403, "你的角色（" + w.role().chinese() + "）不能做这件事，需要「" + needed.chinese() + "」或更高的角色");
        }
    }
}
