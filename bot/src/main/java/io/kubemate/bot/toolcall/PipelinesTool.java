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
            .describe("CI/CD pipeline runs (Tekton; Jenkins if configured): recent runs, status, duration vs usual; for a failed run "
                            + "the failed task, step, exit code and step log tail. Use for why a pipeline or build failed.",
                    "CI/CD 流水线运行（Tekton；配置了 Jenkins 时含 Jenkins）：最近运行、状态、耗时与通常比较；失败时给出失败的任务、步骤、退出码和步骤日志末尾。")
            .string("target", "pipeline, PipelineRun or namespace; empty for all", "流水线、PipelineRun 或命名空间；为空则全部")
            .string("namespace", "namespace", "命名空间")
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
