package dev.selfeval.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import dev.selfeval.store.Role;
import dev.selfeval.store.Shown;
import io.javalin.http.Context;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The workbench's pages, rendered on the server from the Mustache templates beside this class
 * (escaped as HTML by Mustache; {@code {{{…}}}} only for HTML the server made itself): a page is its
 * body inside {@code layout.mustache} with the navigation, the CSRF token and the rules in force.
 */
final class Views {
    /** The templates, each compiled once and kept by the factory. */
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("dev/selfeval/web/");
    private final Map<String, Object> common;

    Views(Parts parts) {
        this.common = Map.of("ruleCount", parts.rules().rules().size(),
                "fingerprint", Shown.fingerprint(parts.rules().fingerprint()),
                "version", parts.version());
    }

    /** A template's output alone: a fragment htmx swaps in. */
    String fragment(String template, Object model) {
        StringWriter w = new StringWriter(4096);
        TEMPLATES.compile(template + ".mustache").execute(w, model);
        return w.toString();
    }

    /**
     * A whole page, for the user who asked (their name and role in team mode, their CSRF token).
     *
     * @param tab    the navigation tab that is on: audit, results, form, runs, rules
     * @param report whether the page shows a form as the HTML report does (its style sheet)
     */
    String page(Context ctx, String title, String tab, boolean report, String template, Object model) {
        Map<String, Object> layout = new HashMap<>(common);
        Gate.Who who = Gate.who(ctx);
        layout.put("csrf", ctx.attribute(Gate.CSRF));
        layout.put("who", who.team() ? Map.of("name", who.name(), "role", who.role().chinese()) : null);
        layout.put("title", title);
        layout.put("on", Map.of(tab, true));
        layout.put("report", report);
        // what the user may do: the page shows only the controls that will work (the server checks again)
        Map<String, Boolean> may = Map.of("audit", who.may(Role.AUDITOR), "rules", who.may(Role.RULE_OWNER),
                "admin", who.team() && who.may(Role.ADMIN));
        layout.put("may", may);
        Object body = model;
        if (model instanceof Map<?, ?> m) {
            Map<String, Object> withMay = new HashMap<>();
            m.forEach((k, val) -> withMay.put(String.valueOf(k), val));
            withMay.put("may", may);
            withMay.put("csrf", ctx.attribute(Gate.CSRF));
            body = withMay;
        }
        layout.put("body", fragment(template, body));
        return fragment("layout", layout);
    }
}
