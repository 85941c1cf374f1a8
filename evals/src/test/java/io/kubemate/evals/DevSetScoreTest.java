package io.kubemate.evals;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.proposal.ProposalCard;
import io.kubemate.tools.actions.Risk;
import io.kubemate.tools.report.Evidence;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevSetScoreTest {

    private static final Predicate<String> ACTIONS = Set.of("delete_pod", "rollout_restart", "cordon")::contains;

    private static Scenario devCase(String lang, String... rootCause) {
        return new Scenario(Path.of("x"), "ba-x", lang, "why?", List.of(), null, false,
                new Scenario.Expectations(List.of(rootCause), List.of("diagnose"), List.of(), List.of("delete_pod"), List.of()));
    }

    private static ChatReply reply(String tool, String text, List<Evidence> evidence, List<ProposalCard> proposals) {
        return new ChatReply("router", text, "", tool, evidence, List.of(), proposals);
    }

    private static DevSetScore score(Scenario scenario, ChatReply reply) {
        return DevSetScore.of(scenario, Transcript.of(reply), ACTIONS);
    }

    private static ScenarioResult result(String id) {
        return new ScenarioResult(id, "deterministic", true, true, "ok", "diagnose", false, false, true, 0, null, ScenarioResult.Checks.NONE);
    }

    @Test
    void counts_a_root_cause_that_the_diagnosis_names() {
        DevSetScore s = score(devCase("en", "notification-templates"),
                reply("diagnose", "**Likely cause:**\n- ConfigMap `notification-templates` not found", List.of(), List.of()));
        assertTrue(s.rootCauseByDiagnosis());
        assertFalse(s.proposedChange());
        assertNull(s.answerInChinese());
    }

    @Test
    void does_not_count_a_root_cause_found_only_in_a_raw_dump() {
        ChatReply dump = reply("k8s_get", "```yaml\nvolumes:\n- configMap: {name: notification-templates}\n```", List.of(), List.of());
        assertFalse(score(devCase("en", "notification-templates"), dump).rootCauseByDiagnosis());
    }

    @Test
    void does_not_count_a_root_cause_in_describe_evidence_inside_a_diagnosing_answer() {
        ChatReply diagnosis = reply("diagnose", "Status: healthy",
                List.of(new Evidence("pod x", "k8s_describe", List.of("claimName: pdf-archive-data"))), List.of());
        assertFalse(score(devCase("en", "pdf-archive-data"), diagnosis).rootCauseByDiagnosis());
    }

    @Test
    void counts_a_root_cause_in_the_events_a_diagnosis_read() {
        ChatReply diagnosis = reply("diagnose", "Status: not ready",
                List.of(new Evidence("Warning events", "k8s_events", List.of("FailedCreate: exceeded quota: lending-quota"))), List.of());
        assertTrue(score(devCase("en", "Lending-Quota"), diagnosis).rootCauseByDiagnosis());
    }

    @Test
    void a_proposal_or_an_action_tool_even_refused_is_a_question_taken_for_a_change() {
        ProposalCard card = new ProposalCard("p1", "rollout_restart", Map.of(), "", Risk.WRITE, "2026-01-01T00:00:00Z", false);
        assertTrue(score(devCase("en", "x"), reply("diagnose", "x", List.of(), List.of(card))).proposedChange());
        assertTrue(score(devCase("en", "x"), reply("delete_pod", "refused: you did not ask for a change", List.of(), List.of())).proposedChange());
        assertFalse(score(devCase("en", "x"), reply("k8s_get", "x", List.of(), List.of())).proposedChange());
    }

    @Test
    void a_chinese_question_answered_in_chinese_passes_despite_object_names_and_quoted_logs() {
        String answer = "**可能原因：**\n- payment-api 的容器因 OOMKilled 被终止，内存上限 512Mi 太小\n\n"
                + "```\njava.lang.OutOfMemoryError: Java heap space at com.bank.payment.Ledger.load(Ledger.java:42)\n```\n"
                + "| POD | STATUS |\n| payment-api-7d9f | CrashLoopBackOff |\n";
        DevSetScore s = score(devCase("zh", "oomkilled"), reply("diagnose", answer, List.of(), List.of()));
        assertEquals(Boolean.TRUE, s.answerInChinese());
    }

    @Test
    void a_chinese_question_answered_in_english_fails() {
        String answer = "**Likely cause:**\n- container api of payment-api was OOMKilled: memory limit 512Mi\n\nRunbook: `oom` (见运行手册)";
        DevSetScore s = score(devCase("zh", "oomkilled"), reply("diagnose", answer, List.of(), List.of()));
        assertEquals(Boolean.FALSE, s.answerInChinese());
        assertTrue(s.chineseShare() < AnswerLanguage.CHINESE_SHARE);
    }

    @Test
    void prose_leaves_out_code_tables_quotes_and_urls() {
        assertEquals(0, AnswerLanguage.chineseShare("`中文` https://例子.cn\n> 引用\n| 表格 |\n```\n代码\n```\nok"));
        assertEquals(1, AnswerLanguage.chineseShare("全是中文"));
    }

    @Test
    void the_summary_counts_each_figure_over_dev_cases_only() {
        ScenarioResult plain = result("crashloop");
        ScenarioResult good = result("ba-good").withDevSet(new DevSetScore(true, false, true, 0.9));
        ScenarioResult bad = result("ba-bad").withDevSet(new DevSetScore(false, true, false, 0.1));
        ScenarioResult english = result("ba-en").withDevSet(new DevSetScore(true, false, null, 0));
        DevSetSummary summary = DevSetSummary.of(List.of(plain, good, bad, english));
        assertEquals(new DevSetSummary(3, 2, 1, 2, 1), summary);
        assertEquals(0.667, summary.rootCauseByDiagnosisRate());
        assertNull(DevSetSummary.of(List.of(plain)));
        String section = ResultsWriter.devSetSection(EvalReport.of(List.of(plain, good, bad)));
        assertTrue(section.contains("| ba-bad | zh | diagnose | no | yes | no (0.1) |"), section);
        assertFalse(section.contains("| crashloop"), section);
    }
}
