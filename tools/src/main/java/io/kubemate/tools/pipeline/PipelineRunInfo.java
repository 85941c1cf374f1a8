package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubemate.tools.kube.NestedFields;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one Tekton {@code PipelineRun} (tekton.dev/v1) that matter to a person: its pipeline, where it stands
 * with the reason and message of its {@code Succeeded} condition, when it started and finished, and the values of its
 * params and results (they name the image a run built or deployed).
 */
public record PipelineRunInfo(String namespace, String name, String pipeline, RunState state, String reason, String message,
                              Instant started, Instant completed, List<String> values) {

    /** The label Tekton puts on every run of a Pipeline. */
    public static final String PIPELINE_LABEL = "tekton.dev/pipeline";

    public PipelineRunInfo {
        values = List.copyOf(values);
    }

    static PipelineRunInfo of(GenericKubernetesResource resource) {
        NestedFields fields = new NestedFields(resource);
        NestedFields condition = fields.condition("Succeeded"); // Tekton's one condition on runs
        var labels = resource.getMetadata().getLabels();
        String pipeline = labels != null && labels.get(PIPELINE_LABEL) != null ? labels.get(PIPELINE_LABEL)
                : fields.text("spec", "pipelineRef", "name");
        List<String> values = new ArrayList<>();
        fields.list("spec", "params").forEach(p -> Optional.ofNullable(p.text("value")).ifPresent(values::add));
        fields.list("status", "results").forEach(r -> Optional.ofNullable(r.text("value")).ifPresent(values::add));
        Instant started = fields.instant("status", "startTime");
        return new PipelineRunInfo(resource.getMetadata().getNamespace(), resource.getMetadata().getName(),
                pipeline == null ? resource.getMetadata().getName() : pipeline,
                RunState.of(condition.text("status"), condition.text("reason"), fields.text("spec", "status")),
                condition.text("reason"), condition.text("message"),
                started != null ? started : created(resource), fields.instant("status", "completionTime"), values);
    }

    private static Instant created(GenericKubernetesResource resource) {
        try {
            String created = resource.getMetadata().getCreationTimestamp();
            return created == null ? null : Instant.parse(created);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How long it ran: to its completion, or until {@code now} while it runs. */
    public Optional<Duration> duration(Instant now) {
        if (started == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(started, completed != null ? completed : now));
    }

    /** Where the run's pipeline lives: runs of pipelines of the same name in two namespaces are two histories. */
    public String key() {
        return namespace + "/" + pipeline;
    }
}
