package io.kubemate.bot.toolcall;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.inspect.InspectionLifecycle;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.outcome.Reason;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectAnswerTest {

    private static final String FIX = "kubectl -n trade logs order-api-1 -c api --previous --tail=100";

    private final Messages messages = new Messages();
    private final InspectionLifecycle lifecycle = new InspectionLifecycle(new InMemoryStateStore(Clock.systemUTC()), new ObjectMapper(), Clock.systemUTC());

    private static Finding crashing(String pod) {
        return new Finding(Severity.CRITICAL, "pod-crashloop", "Pod", "trade", pod,
                Reason.of("finding.pod-crashloop.last", "api", "Error, exit code 1"), List.of(), "crashloop-backoff")
                .withFix(FIX).inCluster("prod");
    }

    private static Finding plainEnglish() {
        return new Finding(Severity.INFO, "pipeline-slow", "PipelineRun", "trade", "build-42", "took 3× its usual time",
                List.of(), null).inCluster("prod");
    }

    private InspectAnswer run(Finding... findings) {
        TrackedReport tracked = lifecycle.track("prod", "alice", new InspectionReport("trade", List.of(findings)));
        return new InspectAnswer(tracked, new InspectionWording(messages));
    }

    @Test
    void a_chinese_asker_reads_the_frame_the_problems_and_the_fix_in_chinese() {
        String zh = run(crashing("order-api-1"), plainEnglish()).markdown(Language.ZH);

        assertTrue(zh.startsWith("**命名空间 `trade` 巡检结果**：严重 1 项，警告 0 项，提示 1 项（首次巡检）\n"), zh);
        assertTrue(zh.contains("**严重 · trade** (1)\n- Pod `order-api-1`：CrashLoopBackOff：容器 api 反复退出（Error, exit code 1）"
                + "（处置手册 `crashloop-backoff`）"), zh);
        assertTrue(zh.contains("\n  - 修复命令：`" + FIX + "`\n"), zh);
        assertTrue(zh.contains("- PipelineRun `build-42`：took 3× its usual time"), "a problem not said as keys stays as written: " + zh);
    }

    @Test
    void the_english_answer_is_the_tracked_report_with_each_fix_under_its_finding() {
        InspectAnswer answer = run(crashing("order-api-1"), plainEnglish());
        String en = answer.markdown(Language.EN);

        assertTrue(en.contains("\n  - fix: `" + FIX + "`\n"), en);
        String withoutFixes = en.lines().filter(line -> !line.startsWith("  - fix: ")).collect(Collectors.joining("\n", "", "\n"));
        assertEquals(answer.tracked().markdown(), withoutFixes);
        assertEquals(answer.tracked().markdown(), answer.markdown(), "the model and the CLI keep the English report");
    }

    @Test
    void what_was_fixed_since_the_last_run_reads_in_chinese_too() {
        run(crashing("order-api-1"), crashing("order-api-2"));
        String zh = run(crashing("order-api-2")).markdown(Language.ZH);

        assertTrue(zh.contains("；与上次巡检相比：新增 0 项，仍存在 1 项，已修复 1 项"), zh);
        assertTrue(zh.contains("### 仍未解决"), zh);
        assertTrue(zh.contains("**上次巡检以来已修复**\n- Pod `order-api-1`：CrashLoopBackOff：容器 api 反复退出（Error, exit code 1）\n"), zh);
        assertFalse(zh.contains("keeps exiting") || zh.contains("since the last run"), zh);
    }

    @Test
    void a_clean_run_says_so_in_the_askers_language() {
        InspectAnswer answer = run();
        assertTrue(answer.markdown(Language.ZH).contains("\n未发现问题。\n"), answer.markdown(Language.ZH));
        assertTrue(answer.markdown(Language.EN).contains("\nNo problems found.\n"), answer.markdown(Language.EN));
    }
}
