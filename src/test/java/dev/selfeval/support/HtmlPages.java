package dev.selfeval.support;

import java.util.ArrayList;
import java.util.List;

/** Reading an HTML report in tests. */
public final class HtmlPages {
    private HtmlPages() {
    }

    /** The page's form sections, in order. */
    public static List<String> sections(String html) {
        List<String> s = new ArrayList<>();
        int at = html.indexOf("<section class=\"form\"");
        while (at >= 0) {
            int next = html.indexOf("<section class=\"form\"", at + 1);
            s.add(html.substring(at, next < 0 ? html.indexOf("</main>") : next));
            at = next;
        }
        return s;
    }
}
