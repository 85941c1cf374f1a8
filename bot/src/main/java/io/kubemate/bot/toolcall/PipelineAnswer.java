package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.inspect.RunbookIds;
import io.kubemate.tools.pipeline.JenkinsBuild;
import io.kubemate.tools.pipeline.PipelineFailure;
import io.kubemate.tools.pipeline.PipelineHistory;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.PipelineStatus;
import io.kubemate.tools.pipeline.RunDurations;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;

import java.time.Duration;
import java.util.List;

/**
 * The {@code pipelines} result worded in the asker's language: one line per pipeline, failing ones first, with its newest
 * run, its duration against the usual and its failures in a row; the recent runs of the one pipeline asked about; why the
 * newest failed run failed (task, step, exit code) with the step's log tail; the Jenkins build; the runbook when
 * something failed. Facts from the cluster are shown as code.
 */
record PipelineAnswer(PipelineStatus status, Messages messages) implements LocalizedReport {

    @Override
    public String markdown(Language language) {
        StringBuilder out = new StringBuilder("**").append(status.target() == null ? messages.get(language, "pipelines.title")
                : messages.get(language, "pipelines.title.of", status.target())).append("**\n\n");
        for (PipelineHistory p : status.pipelines()) {
            out.append("- ").append(pipeline(language, p)).append('\n');
        }
        List<PipelineRunInfo> recent = status.recentRuns();
        if (recent.size() > 1) {
            out.append('\n').append(messages.get(language, "pipelines.recent")).append('\n');
            for (PipelineRunInfo r : recent) {
                out.append("- ").append(messages.get(language, "pipelines.run", code(r.name()), state(language, r),
                        code(String.valueOf(r.started())), took(r))).append('\n');
            }
        }
        PipelineFailure failure = status.failure();
        if (failure != null) {
            out.append('\n').append(failure(language, failure)).append('\n');
        }
        JenkinsBuild build = status.jenkins();
        if (build != null) {
            out.append('\n').append(messages.get(language, "pipelines.jenkins", code(build.job()), build.number(), code(build.result()),
                    RunDurations.of(build.duration()))).append('\n');
            if (!build.consoleTail().isEmpty()) {
                out.append("\n```\n").append(String.join("\n", build.consoleTail())).append("\n```\n");
            }
        }
        if (failure != null || build != null && build.failed()) {
            out.append('\n').append(messages.get(language, "pipelines.runbook", RunbookIds.PIPELINE)).append('\n');
        }
        return out.toString();
    }

    private String pipeline(Language language, PipelineHistory p) {
        PipelineRunInfo run = p.newest().orElseThrow();
        String age = run.started() == null ? "?" : Ages.of(Duration.between(run.started(), status.now()));
        String line = messages.get(language, "pipelines.pipeline", code(p.namespace() + "/" + p.pipeline()), code(run.name()),
                state(language, run), age, took(run));
        String usual = p.usual().map(u -> messages.get(language, "pipelines.usual", RunDurations.of(u))).orElse("");
        String streak = p.failedInARow() > 1 ? messages.get(language, "pipelines.streak", p.failedInARow()) : "";
        return line + usual + messages.get(language, "pipelines.end") + streak;
    }

    private String state(Language language, PipelineRunInfo run) {
        String word = "**" + messages.get(language, "pipelines.state." + run.state().word()) + "**";
        return run.reason() == null || run.reason().isBlank() ? word
                : word + messages.get(language, "pipelines.reason", code(run.reason()));
    }

    private String took(PipelineRunInfo run) {
        return run.duration(status.now()).map(RunDurations::of).orElse("?");
    }

    private String failure(Language language, PipelineFailure f) {
        StringBuilder out = new StringBuilder("**").append(messages.get(language, "pipelines.why", code(f.run().name()))).append("**");
        if (f.run().message() != null) {
            out.append(' ').append(code(f.run().message()));
        }
        out.append('\n');
        if (f.taskRun() != null && f.step() != null) {
            out.append('\n').append(messages.get(language, "pipelines.step", code(String.valueOf(f.taskRun().pipelineTask())),
                    code(f.taskRun().name()), code(f.step().name()), f.step().exitCode(), code(String.valueOf(f.step().reason()))));
        } else if (f.taskRun() != null) {
            out.append('\n').append(messages.get(language, "pipelines.task", code(String.valueOf(f.taskRun().pipelineTask())),
                    code(f.taskRun().name()), code(String.valueOf(f.taskRun().message()))));
        }
        if (!f.log().isEmpty()) {
            out.append("\n\n").append(messages.get(language, "pipelines.log", code(f.step().container()), code(f.taskRun().podName())))
                    .append("\n\n```\n").append(String.join("\n", f.log())).append("\n```");
        } else if (f.logNote() != null) {
            out.append("\n\n").append(messages.get(language, "pipelines.nolog", f.logNote()));
        }
        return out.toString();
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    @Override
    public String markdown() {
        return status.markdown();
    }

    @Override
    public List<Evidence> evidence() {
        return status.evidence();
    }
}
