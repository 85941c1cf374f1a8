package io.kubemate.bot.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectionLifecycleTest {

    private final InspectionLifecycle lifecycle = new InspectionLifecycle(new InMemoryStateStore(Clock.systemUTC()), new ObjectMapper(), Clock.systemUTC());

    private static Finding finding(String name, String problem) {
        return new Finding(Severity.CRITICAL, "pod-crashloop", "Pod", "trade", name, problem, List.of(), "crashloop-backoff")
                .inCluster("prod");
    }

    private static InspectionReport report(Finding... findings) {
        return new InspectionReport("trade", List.of(findings));
    }

    @Test
    void marks_new_then_recurring_then_fixed() {
        Finding a = finding("order-api-1", "CrashLoopBackOff");
        Finding b = finding("quote-api-1", "CrashLoopBackOff");

        TrackedReport first = lifecycle.track("prod", "alice", report(a, b));
        assertTrue(first.firstRun());
        assertEquals(2, first.newFindings().size());

        Finding c = finding("risk-api-1", "CrashLoopBackOff");
        TrackedReport second = lifecycle.track("prod", "alice", report(a, c));
        assertFalse(second.firstRun());
        assertEquals(FindingStatus.RECURRING, second.status().get(a.fingerprint()));
        assertEquals(FindingStatus.NEW, second.status().get(c.fingerprint()));
        assertEquals(List.of("quote-api-1"), second.fixed().stream().map(PastFinding::name).toList());
        String text = second.markdown();
        assertTrue(text.contains("1 new, 1 recurring, 1 fixed since the last run"), text);
        assertTrue(text.indexOf("New since the last run") < text.indexOf("Still present"), "new findings come first: " + text);
        assertTrue(text.indexOf("risk-api-1") < text.indexOf("order-api-1"), text);
    }

    @Test
    void charts_the_findings_of_the_last_runs_by_severity_once_there_are_two() {
        Finding a = finding("order-api-1", "CrashLoopBackOff");
        Finding b = finding("quote-api-1", "CrashLoopBackOff");
        Finding warning = new Finding(Severity.WARNING, "pod-pending", "Pod", "trade", "batch-1", "Pending", List.of(), null);
        assertTrue(lifecycle.track("prod", "carol", report(a, b, warning)).chart().isEmpty(), "one run is no trend");
        lifecycle.track("prod", "carol", report(a));
        var chart = lifecycle.track("prod", "carol", report()).chart().orElseThrow();
        assertEquals(List.of("critical", "warning", "info"), chart.lines().stream().map(l -> l.label()).toList());
        assertEquals(List.of(2.0, 1.0, 0.0), chart.lines().get(0).points().stream().map(p -> p.v()).toList());
        assertEquals(List.of(1.0, 0.0, 0.0), chart.lines().get(1).points().stream().map(p -> p.v()).toList());
        assertTrue(lifecycle.track("prod", "dave", report(a)).chart().isEmpty(), "each viewer has their own history");
    }

    @Test
    void the_chart_reads_in_the_persons_language() {
        Finding a = finding("order-api-1", "CrashLoopBackOff");
        lifecycle.track("prod", "erin", report(a));
        TrackedReport tracked = lifecycle.track("prod", "erin", report());
        InspectionWording wording = new InspectionWording(new Messages());

        var zh = wording.chart(tracked, Language.ZH).orElseThrow();
        var en = wording.chart(tracked, Language.EN).orElseThrow();

        assertEquals("最近 2 次巡检的问题数", zh.title());
        assertEquals(List.of("严重", "警告", "提示"), zh.lines().stream().map(l -> l.label()).toList());
        assertEquals(tracked.chart().orElseThrow().lines().get(0).points(), zh.lines().get(0).points());
        assertEquals(tracked.chart().orElseThrow().title(), en.title());
        assertEquals(List.of("critical", "warning", "info"), en.lines().stream().map(l -> l.label()).toList());
    }

    @Test
    void keeps_only_the_last_runs_for_the_chart() {
        for (int i = 0; i < InspectionLifecycle.RUNS_KEPT + 5; i++) {
            lifecycle.track("prod", "erin", report(finding("order-api-1", "CrashLoopBackOff")));
        }
        assertEquals(InspectionLifecycle.RUNS_KEPT, lifecycle.track("prod", "erin", report()).history().size());
    }

    @Test
    void leaves_ignored_findings_out_and_counts_them() {
        Finding a = finding("order-api-1", "CrashLoopBackOff");
        Finding b = finding("quote-api-1", "CrashLoopBackOff");
        lifecycle.track("prod", "alice", report(a, b));
        assertEquals("quote-api-1", lifecycle.seen("prod", b.fingerprint()).orElseThrow().name());
        lifecycle.ignore("prod", b.fingerprint(), "accepted risk");
        TrackedReport next = lifecycle.track("prod", "alice", report(a, b));
        assertEquals(List.of(a), next.report().findings());
        assertTrue(next.markdown().contains("; 1 ignored"), next.markdown());
        assertTrue(next.fixed().isEmpty(), "an ignored finding is not fixed");
    }

    @Test
    void keeps_history_apart_per_viewer_and_namespace() {
        Finding a = finding("order-api-1", "CrashLoopBackOff");
        lifecycle.track("prod", "alice", report(a));
        assertTrue(lifecycle.track("prod", "bob", report(a)).firstRun(), "bob's first run must not inherit alice's history");
        assertTrue(lifecycle.track("prod", "alice", new InspectionReport("risk", List.of())).firstRun());
        assertFalse(lifecycle.track("prod", "alice", report(a)).firstRun());
    }
}
