package io.alembic.detect.profile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentsTest {
    @Test
    void browsersAreNotProgrammatic() {
        String ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
        assertTrue(Agents.browser(ua));
        assertTrue(Agents.browser("MOZILLA/5.0 (Windows NT 10.0)"));
        assertFalse(Agents.programmatic(ua));
    }

    @Test
    void appsNamingTheirPlatformAreNotProgrammatic() {
        assertFalse(Agents.browser("Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)"));
        assertFalse(Agents.programmatic("Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)"));
        assertFalse(Agents.programmatic("Ferrybook/2.0 (Linux; Android 14; Pixel 8)"));
    }

    @Test
    void bareProductTokensAreProgrammatic() {
        assertTrue(Agents.programmatic("fetchkit/4.2"));
        assertTrue(Agents.programmatic("acme-sdk/1.9.0 runtime/3.12.1 os/linux"));
    }

    @Test
    void noAgentIsProgrammatic() {
        assertTrue(Agents.programmatic(""));
        assertTrue(Agents.programmatic("   "));
    }
}
