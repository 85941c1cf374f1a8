package io.kubemate.tools.logs;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogPatternsTest {

    @Test
    void masks_numbers_ids_hex_uuids_ips_and_timestamps() {
        assertEquals("<ts> order <n> for user <uuid> from <ip> trace=<hex> req=<id> took <n>ms",
                LogPatterns.mask("2026-11-24T12:00:01.123Z order 12345 for user 3f2c1a9e-8b7d-4c6e-9f01-23456789abcd "
                        + "from 10.1.2.3:8080 trace=4bf92f3577b34da6a3ce929d0e0e4736 req=req_A7x9Qk2LmZ took 35ms"));
    }

    @Test
    void folds_lines_that_differ_only_in_variables_and_ranks_errors_first() {
        Instant t = Instant.parse("2026-11-24T12:00:00Z");
        List<LogStream.Entry> entries = List.of(
                new LogStream.Entry(t, "GET /health 200 in 3ms"),
                new LogStream.Entry(t.plusSeconds(1), "GET /health 200 in 4ms"),
                new LogStream.Entry(t.plusSeconds(2), "GET /health 200 in 5ms"),
                new LogStream.Entry(t.plusSeconds(3), "ERROR payment 881 failed: timeout after 2000ms"),
                new LogStream.Entry(t.plusSeconds(9), "ERROR payment 882 failed: timeout after 2000ms"));
        List<LogPatterns.LogPattern> patterns = LogPatterns.of(entries, line -> line);
        assertEquals(2, patterns.size());
        LogPatterns.LogPattern error = patterns.getFirst();
        assertTrue(error.error());
        assertEquals(2, error.count());
        assertEquals(t.plusSeconds(3), error.firstSeen());
        assertEquals(t.plusSeconds(9), error.lastSeen());
        assertEquals(List.of("ERROR payment 881 failed: timeout after 2000ms", "ERROR payment 882 failed: timeout after 2000ms"),
                error.examples());
        assertEquals(3, patterns.get(1).count());
    }

    @Test
    void redacts_the_pattern_and_its_examples() {
        Instant t = Instant.parse("2026-11-24T12:00:00Z");
        List<LogPatterns.LogPattern> patterns = LogPatterns.of(List.of(
                new LogStream.Entry(t, "login ok password=hunter2 card 4111 1111 1111 1111 id 11010519491231002X"),
                new LogStream.Entry(t, "login ok password=swordfish card 5500 0000 0000 0004 id 11010519491231002X")),
                new io.kubemate.tools.redact.Redactor()::redact);
        assertEquals(2, patterns.size());
        String all = patterns.toString();
        for (String secret : List.of("hunter2", "swordfish", "4111 1111", "5500 0000", "11010519491231002X")) {
            assertTrue(!all.contains(secret), () -> secret + " leaked: " + all);
        }
    }
}
