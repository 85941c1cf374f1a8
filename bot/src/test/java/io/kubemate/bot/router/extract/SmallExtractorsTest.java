package io.kubemate.bot.router.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallExtractorsTest {

    @Test
    void finds_trace_ids_of_16_and_32_hex_characters_only() {
        assertEquals(Optional.of("4bf92f3577b34da6a3ce929d0e0e4736"), TraceIds.find("show trace 4bf92f3577b34da6a3ce929d0e0e4736"));
        assertEquals(Optional.of("9a3ce929d0e04736"), TraceIds.find("open 9A3CE929D0E04736 pls"));
        assertEquals(Optional.empty(), TraceIds.find("logs of payment-api-7d9f8b6c5d-x2k4p"));
        assertEquals(Optional.empty(), TraceIds.find("4bf92f3577b34da6a3"), "18 characters are no trace id");
        assertEquals(Optional.empty(), TraceIds.find("deadbeefcafebabe"), "a hex word without digits");
    }

    @Test
    void finds_camel_case_alert_names_but_not_kubernetes_states() {
        assertEquals(Optional.of("KubePodCrashLooping"), AlertNames.find("mute KubePodCrashLooping for 30m"));
        assertEquals(Optional.of("HighLatency"), AlertNames.find("把 HighLatency 静默两小时"));
        assertEquals(Optional.of("KubeCPUOvercommit"), AlertNames.find("is KubeCPUOvercommit firing"));
        assertEquals(Optional.empty(), AlertNames.find("payment-api is in CrashLoopBackOff"));
        assertEquals(Optional.empty(), AlertNames.find("Why is payment-api restarting"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "p99 latency of payment-api   | latency_p99",
            "what's the P95 of ledger-api | latency_p95",
            "CPU usage of payment-api     | cpu",
            "ledger-api 内存用了多少         | memory",
            "error rate for ledger-api    | error_ratio",
            "ledger-api 的请求量            | request_rate",
            "payment-api 延迟高吗           | latency_p99",
    })
    void maps_metric_words_to_shortcuts(String text, String shortcut) {
        assertEquals(Optional.of(shortcut), MetricWords.find(text.strip()));
    }

    @Test
    void takes_quoted_text_in_any_quotes() {
        assertEquals(Optional.of("timeout"), QuotedText.find("search logs for \"timeout\""));
        assertEquals(Optional.of("connection refused"), QuotedText.find("grep for 'connection refused' please"));
        assertEquals(Optional.of("超时"), QuotedText.find("日志里搜 “超时”"));
        assertEquals(Optional.of("OOM"), QuotedText.find("搜「OOM」"));
        assertEquals(Optional.empty(), QuotedText.find("no quotes here"));
    }

    @Test
    void reads_counts_in_digits_and_chinese() {
        assertEquals(Optional.of(5), Counts.find("scale   to 5 replicas"));
        assertEquals(Optional.of(3), Counts.find("副本数改成三个"));
        assertEquals(Optional.of(2), Counts.find("缩到两个"));
        assertEquals(Optional.empty(), Counts.find("restart it"));
        assertEquals(Optional.empty(), Counts.find("memory to 512mi"), "a quantity is not a count");
    }

    @Test
    void stops_counting_edits_past_the_limit() {
        assertEquals(2, EditDistance.within("paymnet-api", "payment-api", 2));
        assertEquals(1, EditDistance.within("ledgr-api", "ledger-api", 2));
        assertEquals(3, EditDistance.within("checkout", "payment-api", 2));
    }

    @Test
    void a_cause_question_that_says_where_the_symptom_was_seen_still_asks_what_is_wrong() {
        assertTrue(TroubleWords.asksWhatIsWrong(
                "ledger-archive 日志里一直报 No space left on device，是什么原因？"));
        assertTrue(TroubleWords.asksWhatIsWrong(
                "What is the error in the deployment named 'app' in namespace 'crashloop-test'?"));
        assertFalse(TroubleWords.asksWhatIsWrong(
                "show me the error logs of payment-api"), "asks for the logs, not the cause");
        assertFalse(TroubleWords.asksWhatIsWrong(
                "why is the p99 latency of payment-api high?"), "a metric is the evidence wanted");
    }
}
