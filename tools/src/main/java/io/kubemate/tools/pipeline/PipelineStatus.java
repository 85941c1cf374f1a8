package io.kubemate.tools.pipeline;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code pipelines}: each pipeline the person may see, failing ones first, with its newest run, its
 * duration against the usual and its failures in a row; the recent runs when one pipeline was asked about; and why the
 * newest failed run failed (task, step, exit code, log tail). {@link #markdown()} is the compact English form; the
 * bot words it in the asker's language.
 *
 * @param target  what was asked about (a pipeline, a run or a namespace), or null for every pipeline
 * @param failure why the newest failed run failed, or null when none failed
 * @param jenkins the Jenkins job's last build when Jenkins is configured and has the job, else null
 */
public record PipelineStatus(String target, List<PipelineHistory> pipelines, PipelineFailure failure, JenkinsBuild jenkins,
                             Instant now) implements Reportable {

    public static final int RECENT = 5;
    static final int MIN_LOG = 3;

    public PipelineStatus {
        pipelines = List.copyOf(pipelines);
    }

    public PipelineStatus withJenkins(JenkinsBuild build) {
        return new PipelineStatus(target, pipelines, failure, build, now);
    }

    /**
     * This result within about {@code maxTokens} ({@link TokenBudget#estimate}): the oldest log lines go first (a log's
     * end says why it failed), then the pipelines listed last, keeping at least three log lines and one pipeline.
     */
    public PipelineStatus fitted(int maxTokens) {
        PipelineStatus fitted = this;
        while (TokenBudget.estimate(fitted.markdown()) > maxTokens && fitted.failure != null && fitted.failure.log().size() > MIN_LOG) {
            PipelineFailure f = fitted.failure;
            fitted = new PipelineStatus(target, fitted.pipelines, new PipelineFailure(f.run(), f.taskRun(), f.step(),
                    f.log().subList(1, f.log().size()), f.logNote()), jenkins, now);
        }
        while (TokenBudget.estimate(fitted.markdown()) > maxTokens && fitted.pipelines.size() > 1) {
            fitted = new PipelineStatus(target, fitted.pipelines.subList(0, fitted.pipelines.size() - 1), fitted.failure, jenkins, now);
        }
        return fitted;
    }

    /** The runs to list: those of the one pipeline asked about, else none (the table says enough). */
    public List<PipelineRunInfo> recentRuns() {
        return pipelines.size() == 1 ? pipelines.getFirst().runs().stream().limit(RECENT).toList() : List.of();
    }

    @Override
    public String markdown() {
        StringBuilder out = new StringBuilder("**Tekton pipelines" + (target == null ? "" : " of `" + target + "`") + "**\n\n");
        if (!pipelines.isEmpty()) {
            MarkdownTable table = new MarkdownTable("PIPELINE", "NEWEST RUN", "STATE", "REASON", "DURATION", "USUAL", "FAILED IN A ROW");
            for (PipelineHistory p : pipelines) {
                PipelineRunInfo run = p.newest().orElseThrow();
                table.row(p.namespace() + "/" + p.pipeline(), run.name() + " (" + age(run) + " ago)", run.state().word(),
                        String.valueOf(run.reason()), run.duration(now).map(RunDurations::of).orElse("-"),
                        p.usual().map(RunDurations::of).orElse("-"), String.valueOf(p.failedInARow()));
            }
            out.append(table.render()).append('\n');
        }
        List<PipelineRunInfo> recent = recentRuns();
        if (recent.size() > 1) {
            MarkdownTable runs = new MarkdownTable("RUN", "STATE", "STARTED", "DURATION");
            recent.forEach(r -> runs.row(r.name(), r.state().word(), String.valueOf(r.started()),
                    r.duration(now).map(RunDurations::of).orElse("-")));
            out.append("\n**Recent runs**\n\n").append(runs.render()).append('\n');
        }
        if (failure != null) {
            out.append("\n**Why ").append(failure.run().name()).append(" failed**: ").append(String.valueOf(failure.run().message()));
            if (failure.taskRun() != null) {
                out.append("; task `").append(failure.taskRun().pipelineTask()).append("` (TaskRun ").append(failure.taskRun().name()).append(")");
            }
            if (failure.step() != null) {
                out.append(", step `").append(failure.step().name()).append("` exited with code ").append(failure.step().exitCode())
                        .append(" (").append(failure.step().reason()).append(")");
            }
            out.append('\n');
            if (!failure.log().isEmpty()) {
                out.append("\n```\n").append(String.join("\n", failure.log())).append("\n```\n");
            } else if (failure.logNote() != null) {
                out.append("\nLog not shown: ").append(failure.logNote()).append('\n');
            }
        }
        if (jenkins != null) {
            out.append("\n**Jenkins ").append(jenkins.job()).append(" #").append(jenkins.number()).append("**: ").append(jenkins.result())
                    .append(", took ").append(RunDurations.of(jenkins.duration())).append('\n');
            if (!jenkins.consoleTail().isEmpty()) {
                out.append("\n```\n").append(String.join("\n", jenkins.consoleTail())).append("\n```\n");
            }
        }
        return out.toString();
    }

    private String age(PipelineRunInfo run) {
        return run.started() == null ? "?" : Ages.of(Duration.between(run.started(), now));
    }

    /** The failed run's condition and step as Tekton reports them, and the step's log tail. */
    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        if (failure != null) {
            PipelineRunInfo run = failure.run();
            evidence.add(new Evidence("PipelineRun " + run.namespace() + "/" + run.name(), "tekton.dev/v1", List.of("Succeeded: False",
                    "reason: " + run.reason(), "message: " + run.message(), "startTime: " + run.started(), "completionTime: " + run.completed())));
            if (failure.taskRun() != null) {
                TaskRunInfo task = failure.taskRun();
                List<String> lines = new ArrayList<>(List.of("reason: " + task.reason(), "message: " + task.message(), "podName: " + task.podName()));
                task.steps().forEach(s -> lines.add("step " + s.name() + ": exitCode " + s.exitCode() + " " + s.reason()));
                evidence.add(new Evidence("TaskRun " + task.namespace() + "/" + task.name(), "tekton.dev/v1", lines));
            }
            if (!failure.log().isEmpty() && failure.step() != null) {
                evidence.add(new Evidence("log of " + failure.step().container() + " in pod " + failure.taskRun().podName(), "pod log", failure.log()));
            }
        }
        if (jenkins != null && !jenkins.consoleTail().isEmpty()) {
            evidence.add(new Evidence("Jenkins " + jenkins.job() + " #" + jenkins.number() + " console", "jenkins", jenkins.consoleTail()));
        }
        return evidence;
    }
}
