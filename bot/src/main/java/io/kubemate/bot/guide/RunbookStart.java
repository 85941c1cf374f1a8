package io.kubemate.bot.guide;

import io.kubemate.bot.toolcall.ConversationTool;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

/** {@code runbook_start}: walks the conversation through a runbook, step by step ({@link RunbookGuide}). */
@Singleton
final class RunbookStart implements ConversationTool {

    static final ToolSpec SPEC = ToolSpec.read("runbook_start")
            .describe("Start a guided run of a runbook in this conversation: tool steps run at once, action steps become proposals.",
                    "在当前会话中按步骤引导执行一个 runbook：工具步骤立即运行，变更步骤生成待确认的提议。")
            .requiredString("query", "the runbook's id, an alert name or what the runbook is about", "runbook 的 ID、告警名或 runbook 的主题")
            .commands("guide").target(TargetKind.QUERY).notForTheModel()
            .build();

    @Override
    public ToolSpec spec() {
        return SPEC;
    }
}
