package org.hearth.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthServletTest {

    @Test
    void onlyLoopbackCallersGetTheDetail() {
        assertThat(HealthServlet.isLoopback("127.0.0.1")).isTrue();
        assertThat(HealthServlet.isLoopback("::1")).isTrue();
        assertThat(HealthServlet.isLoopback("192.168.1.20")).isFalse();
    }

    @Test
    void othersGetTheBareStatus() {
        Map<String, Object> report = Map.of("status", "DEGRADED", "reasons", List.of("x failed."),
                "bundles", List.of(Map.of("symbolicName", "x")));
        assertThat(HealthServlet.forCaller(report, false)).containsExactly(Map.entry("status", "DEGRADED"));
        assertThat(HealthServlet.forCaller(report, true)).isSameAs(report);
    }
}
