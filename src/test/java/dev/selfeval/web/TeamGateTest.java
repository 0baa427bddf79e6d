package dev.selfeval.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An Origin compared with the --public-host names: browsers leave the scheme's default port out. */
class TeamGateTest {
    @Test
    void anOriginGetsItsSchemesPortWhenItNamesNone() {
        assertEquals("audit.example.gov.cn:443", Guard.hostOf("https://audit.example.gov.cn"));
        assertEquals("audit.example.gov.cn:80", Guard.hostOf("http://AUDIT.example.gov.cn"));
        assertEquals("127.0.0.1:8080", Guard.hostOf("http://127.0.0.1:8080"));
        assertEquals("", Guard.hostOf("null"), "a sandboxed page's Origin names no host");
        assertEquals("", Guard.hostOf("not a uri at all"));
    }
}
