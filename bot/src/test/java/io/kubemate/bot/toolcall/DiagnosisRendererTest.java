package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.guide.RunbookLibrary;
import io.kubemate.knowledge.BundledRunbooks;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosisRendererTest {

    private static final Messages MESSAGES = new Messages();
    private static final DiagnosisRenderer RENDERER = new DiagnosisRenderer(MESSAGES,
            () -> new RunbookLibrary(new Tools(List.of(), List.of(), List.of(), new SimpleMeterRegistry())));

    private static final Cause CRASH = Cause.of(CauseKind.CRASH_LOG, Cause.LOGGED,
            List.of("payment-api-7d9-x2k4p", "api", "invalid duration \"30x\" for PAYMENT_GATEWAY_TIMEOUT"),
            List.of("panic: invalid duration \"30x\" for PAYMENT_GATEWAY_TIMEOUT"));

    private static DiagnosisWithContext report(List<Cause> causes, List<DiagnosisWithContext.LeftOut> leftOut) {
        Diagnosis diagnosis = new Diagnosis(new ObjectRef(ResourceKind.DEPLOYMENT, "payments", "payment-api"), List.of(), List.of(),
                List.of(), List.of(), causes, List.of(Fine.of("references-exist", "3")),
                causes.isEmpty() ? null : causes.getFirst().runbook());
        return new DiagnosisWithContext(diagnosis, List.of(), leftOut, RENDERER);
    }

    @Test
    void every_cause_class_has_a_sentence_and_a_next_step_in_both_languages() {
        for (CauseKind kind : CauseKind.values()) {
            for (Language language : Language.values()) {
                assertDoesNotThrow(() -> MESSAGES.get(language, "diagnose.cause." + kind.key()), kind + " " + language);
                assertDoesNotThrow(() -> MESSAGES.get(language, "diagnose.next." + kind.key()), kind + " " + language);
            }
        }
    }

    @Test
    void every_runbook_a_cause_class_cites_is_bundled() {
        Set<String> bundled = BundledRunbooks.texts().values().stream()
                .map(text -> text.lines().filter(l -> l.startsWith("id:")).map(l -> l.substring(3).trim()).findFirst().orElse(""))
                .collect(Collectors.toSet());
        Arrays.stream(CauseKind.values()).filter(k -> k.runbook() != null)
                .forEach(k -> assertTrue(bundled.contains(k.runbook()), k + " cites " + k.runbook() + ", bundled: " + bundled));
    }

    @Test
    void a_chinese_question_gets_the_cause_first_in_chinese() {
        String zh = report(List.of(CRASH), List.of(new DiagnosisWithContext.LeftOut("metrics", "no answer before the turn's deadline")))
                .markdown(Language.ZH);
        assertTrue(zh.startsWith("**deployment payments/payment-api 的诊断**"), zh);
        assertTrue(zh.contains("**原因：**"), zh);
        assertTrue(zh.indexOf("崩溃前的日志") < zh.indexOf("已检查且正常"), zh);
        assertTrue(zh.contains("已略过") && zh.contains("黄金指标"), zh);
        assertFalse(zh.contains("Left out") || zh.contains("Cause"), zh);
        assertTrue(zh.contains("`crashloop-backoff`"), "the runbook of the cause is cited: " + zh);
    }

    @Test
    void an_english_question_gets_cause_evidence_checks_runbook_and_next_step_in_that_order() {
        String en = report(List.of(CRASH), List.of()).markdown(Language.EN);
        int cause = en.indexOf("**Cause:**");
        int evidence = en.indexOf("panic: invalid duration");
        int fine = en.indexOf("**Checked and fine:**");
        int runbook = en.indexOf("**Runbook:** `crashloop-backoff`");
        int next = en.indexOf("**Safe next step:**");
        assertTrue(cause >= 0 && cause < evidence && evidence < fine && fine < runbook && runbook < next, en);
    }

    @Test
    void facts_from_the_cluster_are_shown_as_code_never_as_markdown() {
        Cause hostile = Cause.of(CauseKind.CRASH_LOG, Cause.LOGGED, List.of("p", "c", "[click](http://evil.example) <b>x</b>"), List.of());
        String en = report(List.of(hostile), List.of()).markdown(Language.EN);
        assertTrue(en.contains("`[click](http://evil.example) <b>x</b>`"), en);
    }

    @Test
    void a_healthy_object_says_no_cause_was_found_and_cites_no_runbook() {
        String en = report(List.of(), List.of()).markdown(Language.EN);
        assertTrue(en.contains("No cause found"), en);
        assertTrue(en.contains("no bundled runbook covers this cause"), en);
    }
}
