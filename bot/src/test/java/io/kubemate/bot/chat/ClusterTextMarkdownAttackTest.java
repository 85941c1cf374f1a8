package io.kubemate.bot.chat;

import io.kubemate.tools.alerts.AlertRow;
import io.kubemate.tools.alerts.AlertSummary;
import io.kubemate.tools.kube.EventList;
import io.kubemate.tools.kube.EventRow;
import io.kubemate.tools.kube.PodLogs;
import io.kubemate.tools.logs.LogPatterns;
import io.kubemate.tools.logs.LogSummary;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in event messages, log lines, alert annotations and log patterns, rendered as the console shows a
 * report: it must come out as text, never as a link, an image, HTML or a mention.
 */
class ClusterTextMarkdownAttackTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final MarkdownHtml HTML = new MarkdownHtml();

    private static final List<String> ATTACKS = List.of(
            "[Confirm](https://evil.example/c)",
            "![pixel](https://evil.example/p.png)",
            "<img src=x onerror=alert(1)>",
            "<b>urgent</b> <script>alert(1)</script>",
            "<https://evil.example/c>",
            "<https://evil.example/c|click here>",
            "@channel <!here> please confirm",
            "a` [Confirm](https://evil.example/c) `b",
            "``` [Confirm](https://evil.example/c) ```");

    private static final Map<String, Function<String, Reportable>> PLACES = Map.of(
            "event message", text -> new EventList("trade", null, List.of(new EventRow("Warning", "BackOff", "Pod", "web-1", text, 3, NOW)), 0, NOW),
            "log line", text -> new PodLogs("trade", "web-1", "web", false, List.of("ok", text, "```", text)),
            "alert annotation", text -> new AlertSummary("main", "trade", List.of(new AlertRow("HighLatency", "warning", 1, 0, NOW,
                    Map.of(), Map.of(), text, "", List.of())), 0, NOW, TokenBudget.defaults()),
            "log pattern", text -> new LogSummary("main", "{namespace=\"trade\"}", Duration.ofMinutes(15), 1, false,
                    List.of(new LogPatterns.LogPattern(text, 1, NOW, NOW, List.of(text), true)), 0, NOW, TokenBudget.defaults()));

    static Stream<Arguments> attacks() {
        return PLACES.keySet().stream().sorted().flatMap(place -> ATTACKS.stream().map(attack -> Arguments.of(place, attack)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attacks")
    void cluster_text_is_shown_as_text_in_the_console(String place, String attack) {
        String html = HTML.render(PLACES.get(place).apply(attack).markdown());
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("evil.example") || !attack.contains("evil.example"), "the text itself is still shown: " + html);
    }
}
