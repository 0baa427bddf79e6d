package dev.selfeval.engine.explain;

import java.util.ArrayList;
import java.util.List;

/** Reading a DRL expression's text: where a bracket closes, and a call's arguments. */
final class DrlText {
    private DrlText() {
    }

    /** The index of the bracket that closes the one at {@code open}, outside quoted texts. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Whether an argument is a quoted text as written ({@code "minIndicators"}). */
    static boolean quoted(String arg) {
        return arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"") && arg.indexOf('"', 1) == arg.length() - 1;
    }

    /** Whether an argument is a number as written ({@code 85}, {@code 0.5}). */
    static boolean number(String arg) {
        return arg.matches("-?\\d+(\\.\\d+)?");
    }

    /** Arguments split at the commas between them (not those inside brackets or quotes). */
    static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"' && (i == 0 || args.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(args.substring(from, i).strip());
                from = i + 1;
            }
        }
        if (!args.isBlank()) {
            out.add(args.substring(from).strip());
        }
        return out;
    }
}
