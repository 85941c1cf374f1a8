package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.canary.Backend;
import io.kubemate.tools.canary.BackendMetrics;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.canary.CanaryState;
import io.kubemate.tools.canary.CanaryStatus;
import io.kubemate.tools.canary.CanaryVerdict;
import io.kubemate.tools.report.TokenBudget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CanaryAnswerTest {

    private static final Backend STABLE = new Backend("checkout-primary", 80);
    private static final Backend CANARY = new Backend("checkout-canary", 20);
    private static final BackendMetrics STABLE_METRICS = new BackendMetrics("checkout-primary", 40, 0.997, 250.0, "linkerd");
    private static final BackendMetrics CANARY_METRICS = new BackendMetrics("checkout-canary", 10, 0.94, 935.0, "linkerd");

    private static CanaryAnswer answer() {
        return answer(TokenBudget.defaults(), 1);
    }

    private static CanaryAnswer answer(TokenBudget budget, int copies) {
        Canary canary = new Canary("TrafficSplit", "split.smi-spec.io/v1alpha2", "shop", "checkout", "checkout", 0, List.of(STABLE, CANARY),
                STABLE, CANARY, Instant.parse("2026-12-03T08:10:00Z"), Canary.StepSource.ANNOTATION);
        CanaryPolicy policy = CanaryPolicy.defaults();
        CanaryState state = new CanaryState(canary, Duration.ofHours(7), 50, STABLE_METRICS, CANARY_METRICS,
                CanaryVerdict.judge(STABLE_METRICS, CANARY_METRICS, policy), null);
        return new CanaryAnswer(new CanaryStatus("checkout", Collections.nCopies(copies, state)), policy, budget, new Messages());
    }

    @Test
    void english_names_the_split_the_last_step_and_the_numbers_behind_the_roll_back() {
        String text = answer().markdown(Language.EN);
        assertTrue(text.contains("stable `checkout-primary` **80%**, canary `checkout-canary` **20%**"), text);
        assertTrue(text.contains("Last step 7h ago"), text);
        assertTrue(text.contains("**Roll back** to stable: error rate 6.00% vs stable 0.30% (+5.7 points, limit +1.0); "
                + "p99 935 ms vs stable 250 ms (x3.74, limit x1.20)"), text);
        assertTrue(text.contains("`/canary-abort checkout`"), text);
    }

    @Test
    void chinese_reads_as_chinese_with_the_same_numbers() {
        String text = answer().markdown(Language.ZH);
        assertTrue(text.contains("**建议回滚**到稳定版本：错误率 6.00%，稳定版本 0.30%（相差 +5.7 个百分点，上限 +1.0）"), text);
        assertTrue(text.contains("距上一步已 7h"), text);
        assertTrue(text.contains("下一步：金丝雀 50%"), text);
    }

    @Test
    void many_canaries_are_cut_to_the_token_budget_with_a_note_and_the_runbook_kept() {
        String text = answer(new TokenBudget(400), 12).markdown(Language.EN);
        assertTrue(text.contains("canaries cut to stay within 400 tokens"), text);
        assertTrue(text.contains("Runbook: `canary-promote-rollback`"), text);
        assertTrue(TokenBudget.estimate(text) <= 450, String.valueOf(TokenBudget.estimate(text)));
    }
}
