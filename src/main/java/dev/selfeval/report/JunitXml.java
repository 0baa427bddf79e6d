package dev.selfeval.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, GitHub test reporters): written with the JDK's
 * own XML stream writer, UTF-8, which escapes markup; what it does not do, this does: characters
 * XML 1.0 cannot hold (control characters, lone surrogates) are written as {@code \\uXXXX}, and
 * attributes are kept on one line (a newline in an attribute would be read back as a space).
 */
final class JunitXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private JunitXml() {
    }

    /** Writes XML events; an {@link XMLStreamException} (a broken stream) becomes an IOException. */
    interface Events {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** A UTF-8 writer over {@code out}; it writes no declaration until asked to. */
    static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Runs {@code events} on {@code w} and flushes it into its stream. */
    static void write(XMLStreamWriter w, Events events) throws IOException {
        try {
            events.write(w);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The XML declaration and the start tag of the run's one {@code <testsuite>}, closed so that cases may follow. */
    static void startSuite(XMLStreamWriter w, String name, int tests, int failures, int errors, double seconds,
                           LocalDateTime started) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("testsuite");
        attribute(w, "name", name);
        w.writeAttribute("tests", String.valueOf(tests));
        w.writeAttribute("failures", String.valueOf(failures));
        w.writeAttribute("errors", String.valueOf(errors));
        w.writeAttribute("skipped", "0");
        w.writeAttribute("time", seconds(seconds));
        w.writeAttribute("timestamp", started.truncatedTo(ChronoUnit.SECONDS).format(TIMESTAMP));
        w.writeCharacters("\n");
    }

    /** {@code <properties>}: name, value, name, value … */
    static void properties(XMLStreamWriter w, String... nameValues) throws XMLStreamException {
        w.writeCharacters("  ");
        w.writeStartElement("properties");
        for (int i = 0; i < nameValues.length; i += 2) {
            w.writeCharacters("\n    ");
            w.writeEmptyElement("property");
            attribute(w, "name", nameValues[i]);
            attribute(w, "value", nameValues[i + 1]);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** A {@code <testcase>} start tag; the caller writes its failures, errors and output, then {@link #endCase}. */
    static void startCase(XMLStreamWriter w, String classname, String name) throws XMLStreamException {
        w.writeCharacters("  ");
        w.writeStartElement("testcase");
        attribute(w, "classname", classname);
        attribute(w, "name", name);
    }

    static void endCase(XMLStreamWriter w) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** A {@code <failure>} or {@code <error>}: {@code type} and {@code message} as attributes, {@code text} as its body. */
    static void problem(XMLStreamWriter w, String element, String type, String message, String text) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement(element);
        attribute(w, "type", type);
        attribute(w, "message", message);
        w.writeCharacters(text(text));
        w.writeEndElement();
    }

    /** {@code <system-out>} (of a test case, or of the suite after its cases), unless {@code text} is empty. */
    static void systemOut(XMLStreamWriter w, String indent, String text) throws XMLStreamException {
        if (text == null || text.isEmpty()) {
            return;
        }
        w.writeCharacters(indent);
        w.writeStartElement("system-out");
        w.writeCharacters(text(text));
        w.writeEndElement();
    }

    static void endSuite(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    /** An attribute's value on one line, with the characters XML cannot hold escaped. */
    static void attribute(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeAttribute(name, text(Show.safe(value == null ? "" : value)));
    }

    /** Seconds as JUnit XML writes them: a decimal with three places. */
    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** {@code s} with each code point that XML 1.0 does not allow written as {@code \\uXXXX}; null as empty. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        if (s.codePoints().allMatch(JunitXml::allowed)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (allowed(c)) {
                b.appendCodePoint(c);
            } else {
                b.append(String.format("\\u%04x", c));
            }
        });
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
