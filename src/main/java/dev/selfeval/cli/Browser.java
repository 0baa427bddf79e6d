package dev.selfeval.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code serve --open}: the address opened in the user's default browser, by the system's own opener. */
final class Browser {
    private Browser() {
    }

    static void open(String address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : os.contains("mac") ? List.of("open", address) : List.of("xdg-open", address);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.err.println("selfeval serve: 无法自动打开浏览器（" + e.getMessage() + "），请手动打开上面的地址");
        }
    }
}
