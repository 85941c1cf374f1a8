package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.bot.pipelines.JenkinsSource;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.pipeline.JenkinsBuild;
import io.kubemate.tools.pipeline.PipelineReader;
import io.kubemate.tools.pipeline.PipelineStatus;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * {@code pipelines}: Tekton pipeline runs (and the Jenkins job of that name, where Jenkins is configured): the newest
 * runs, the failed task and step with its log tail, the duration against the usual.
 */
@Singleton
final class PipelinesTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("pipelines")
            .describe("CI/CD pipelines (Tekton PipelineRuns; Jenkins jobs where configured): recent runs of a pipeline with their status "
                            + "and duration against the usual, and for a failed run the failed task, the step and its exit code, and the "
                            + "tail of that step's log. Of a pipeline, a run, a namespace, or all. Use for why did a pipeline/build/CI fail.",
                    "CI/CD 流水线（Tekton PipelineRun；配置了 Jenkins 时也包括 Jenkins 任务）：某条流水线最近的运行、状态、耗时与通常耗时的比较；"
                            + "失败的运行给出失败的任务、步骤及退出码和该步骤日志的末尾。可按流水线、运行、命名空间或全部查看。问流水线/构建为什么失败时使用。")
            .string("target", "a pipeline's name, a PipelineRun's name, or a namespace; empty for all",
                    "流水线名称、PipelineRun 名称或命名空间；为空则查看全部")
            .string("namespace", "the namespace the pipeline runs in, when known", "流水线所在的命名空间（已知时）")
            .commands("pipelines", "pipeline").positions("target").target(TargetKind.PIPELINE_RUN)
            .build();

    private final PipelineReader reader;
    private final JenkinsSource jenkins;
    private final Messages messages;
    private final Clock clock;
    private final int tokenBudget;

    PipelinesTool(PipelineReader reader, JenkinsSource jenkins, Messages messages, Clock clock, ToolsProperties properties) {
        this.reader = reader;
        this.jenkins = jenkins;
        this.messages = messages;
        this.clock = clock;
        this.tokenBudget = properties.tokenBudget();
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("target");
        Outcome<PipelineStatus> outcome = reader.status(caller.subject(), caller, target, args.string("namespace"));
        if (target != null && jenkins.visibleTo(caller)
                && jenkins.lastBuild(target) instanceof Outcome.Ok<JenkinsBuild> build) {
            outcome = outcome instanceof Outcome.Ok<PipelineStatus> ok ? Outcome.ok(ok.value().withJenkins(build.value()))
                    : Outcome.ok(new PipelineStatus(target, List.of(), null, build.value(), clock.instant()));
        }
        return outcome instanceof Outcome.Ok<PipelineStatus> ok ? Outcome.ok(new PipelineAnswer(ok.value().fitted(tokenBudget), messages))
                : outcome;
    }
}
