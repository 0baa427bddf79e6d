package dev.selfeval.web;

import dev.selfeval.store.FormFilter;
import io.javalin.http.Context;

/** A forms table's filters and page, from the request's query: severity, rule, dept, template, q, page. */
final class Filters {

    private Filters() {
    }

    static FormFilter of(Context ctx) {
        return new FormFilter(FormFilter.worstOf(blankToNull(ctx.queryParam("severity"))), blankToNull(ctx.queryParam("rule")),
                blankToNull(ctx.queryParam("dept")), blankToNull(ctx.queryParam("template")), blankToNull(ctx.queryParam("q")));
    }

    static int page(Context ctx) {
        String p = ctx.queryParam("page");
        if (p == null || p.isBlank()) {
            return 1;
        }
        if (!p.matches("\\d{1,7}") || Integer.parseInt(p) < 1) {
            throw new Guard.Refused(400, "page 应为正整数（给的是「" + p + "」）");
        }
        return Integer.parseInt(p);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
