package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code k8s_describe}: one object's YAML without noise or secret values, plus its events. */
@Singleton
public final class ObjectDescriber {

    static final int MAX_LINES = 120;
    static final String HIDDEN = "(hidden)";

    private final ClusterAccess cluster;
    private final EventReader events;
    private final Redactor redactor;
    private final Clock clock;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public ObjectDescriber(ClusterAccess cluster, EventReader events, Redactor redactor, Clock clock) {
        this.cluster = cluster;
        this.events = events;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome<ObjectDescription> describe(Subject subject, ReadAccess access, String kindName, String namespace, String name) {
        var kind = ResourceKind.parse(kindName);
        if (kind.isEmpty()) {
            return Outcome.badRequest(Reason.of("kind.unknown", kindName, ResourceKind.knownNames()));
        }
        if (name == null || name.isBlank() || (kind.get().namespaced() && (namespace == null || namespace.isBlank()))) {
            return Outcome.badRequest(Reason.of(kind.get().namespaced() ? "describe.name-and-namespace-missing" : "describe.name-missing"));
        }
        String ns = kind.get().namespaced() ? namespace : null;
        return KubeCall.run("describe " + kind.get().label() + " " + name, KubeNames.of("namespace", ns, "name", name),
                () -> ReadPermissions.<ObjectDescription>refusal(access, kind.get(), ns).orElseGet(() -> read(subject, kind.get(), ns, name)));
    }

    private Outcome<ObjectDescription> read(Subject subject, ResourceKind kind, String ns, String name) {
        return cluster.as(subject, client -> {
            var resources = client.resources(kind.type());
            HasMetadata object = ns == null ? resources.withName(name).get() : resources.inNamespace(ns).withName(name).get();
            if (object == null) {
                return Outcome.<ObjectDescription>noData(Reason.of("objects.none-named" + (ns == null ? "" : "-in-namespace"),
                        kind.label(), name, ns));
            }
            List<String> lines = yamlLines(withoutSecretsOrNoise(object));
            List<String> shown = lines.stream().limit(MAX_LINES).toList();
            EventList eventList = null;
            if (ns != null) {
                var rows = events.matching(client.v1().events().inNamespace(ns).list().getItems(), Set.of(name));
                if (!rows.isEmpty()) {
                    eventList = new EventList(ns, name, rows.stream().limit(EventReader.MAX_ROWS).toList(),
                            Math.max(0, rows.size() - EventReader.MAX_ROWS), clock.instant());
                }
            }
            return Outcome.ok(new ObjectDescription(kind, ns, name, shown, lines.size() - shown.size(), eventList));
        });
    }

    private HasMetadata withoutSecretsOrNoise(HasMetadata original) {
        HasMetadata copy = serialization.clone(original);
        copy.getMetadata().setManagedFields(null);
        if (copy.getMetadata().getAnnotations() != null) {
            copy.getMetadata().getAnnotations().remove("kubectl.kubernetes.io/last-applied-configuration");
        }
        if (copy instanceof Secret secret) {
            // metadata and key names only: values, their lengths and annotation values (which tools fill with
            // copies of the data) never leave, whatever the RBAC allowed to be read
            secret.setData(hidden(secret.getData()));
            secret.setStringData(hidden(secret.getStringData()));
            secret.getMetadata().setAnnotations(hidden(secret.getMetadata().getAnnotations()));
        }
        return copy;
    }

    private static Map<String, String> hidden(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        values.keySet().forEach(key -> out.put(key, HIDDEN));
        return out;
    }

    private List<String> yamlLines(HasMetadata object) {
        String yaml = serialization.asYaml(object);
        return Arrays.stream(yaml.split("\\R"))
                .filter(line -> !line.equals("---"))
                .map(redactor::redact)
                .toList();
    }
}
