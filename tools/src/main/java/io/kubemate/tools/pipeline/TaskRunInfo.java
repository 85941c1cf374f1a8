package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubemate.tools.kube.NestedFields;

import java.util.List;
import java.util.Optional;

/**
 * One Tekton {@code TaskRun}: the pipeline task it ran for, its pod, where it stands and its steps as they
 * terminated ({@code status.steps[].terminated}).
 */
public record TaskRunInfo(String namespace, String name, String pipelineTask, String podName, RunState state, String reason,
                          String message, List<Step> steps) {

    /** One step: its name, its container in the pod ({@code step-<name>}), and how it ended when it did. */
    public record Step(String name, String container, Integer exitCode, String reason) {

        public boolean failed() {
            return exitCode != null && exitCode != 0;
        }
    }

    public TaskRunInfo {
        steps = List.copyOf(steps);
    }

    static TaskRunInfo of(GenericKubernetesResource resource) {
        NestedFields fields = new NestedFields(resource);
        NestedFields condition = fields.condition("Succeeded"); // Tekton's one condition on runs
        var labels = resource.getMetadata().getLabels();
        String task = labels == null ? null : labels.get("tekton.dev/pipelineTask");
        List<Step> steps = fields.list("status", "steps").stream().map(s -> new Step(s.text("name"),
                Optional.ofNullable(s.text("container")).orElse("step-" + s.text("name")), s.number("terminated", "exitCode"),
                s.text("terminated", "reason"))).toList();
        return new TaskRunInfo(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), task, fields.text("status", "podName"),
                RunState.of(condition.text("status"), condition.text("reason"), null), condition.text("reason"), condition.text("message"), steps);
    }

    /** The first step that exited non-zero: the one that failed the task (later steps are skipped). */
    public Optional<Step> failedStep() {
        return steps.stream().filter(Step::failed).findFirst();
    }
}
