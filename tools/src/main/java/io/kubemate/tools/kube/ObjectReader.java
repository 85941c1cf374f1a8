package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code k8s_get}: lists objects of one kind, or gets one by name, as the caller and within the namespaces the
 * caller's Kubemate roles grant {@code workloads.read} in (a list over all namespaces shows only those).
 */
@Singleton
public final class ObjectReader {

    static final int MAX_ROWS = 50;

    private final ClusterAccess cluster;
    private final Clock clock;

    public ObjectReader(ClusterAccess cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    public Outcome<ObjectList> get(Subject subject, ReadAccess access, String kindName, String namespace, String name) {
        var kind = ResourceKind.parse(kindName);
        if (kind.isEmpty()) {
            return Outcome.badRequest(Reason.of("kind.unknown", kindName, ResourceKind.knownNames()));
        }
        String ns = kind.get().namespaced() ? blankToNull(namespace) : null;
        String what = "get " + kind.get().label() + (name == null ? "" : " " + name) + (ns == null ? "" : " in " + ns);
        return KubeCall.run(what, KubeNames.of("namespace", ns, "name", blankToNull(name)), () -> {
            Optional<Outcome<ObjectList>> refused = ReadPermissions.refusal(access, kind.get(), ns);
            if (refused.isPresent()) {
                return refused.get();
            }
            NamespaceScope readable = access.scope(ReadPermissions.WORKLOADS);
            List<? extends HasMetadata> items = cluster.as(subject, client -> fetch(client, kind.get(), ns, blankToNull(name))).stream()
                    .filter(o -> !kind.get().namespaced() || readable.allows(o.getMetadata().getNamespace()))
                    .toList();
            if (items.isEmpty()) {
                return Outcome.noData(Reason.of("objects.none" + (name == null ? "" : "-named") + (ns == null ? "" : "-in-namespace"),
                        kind.get().label(), name, ns));
            }
            List<ObjectRow> rows = items.stream()
                    .sorted(Comparator.comparing((HasMetadata o) -> String.valueOf(o.getMetadata().getNamespace()))
                            .thenComparing(o -> o.getMetadata().getName()))
                    .limit(MAX_ROWS)
                    .map(this::row)
                    .toList();
            return Outcome.ok(new ObjectList(kind.get(), ns, rows, items.size() - rows.size()));
        });
    }

    private List<? extends HasMetadata> fetch(KubernetesClient client, ResourceKind kind, String namespace, String name) {
        var resources = client.resources(kind.type());
        if (name != null) {
            HasMetadata one = namespace == null || !kind.namespaced()
                    ? resources.withName(name).get()
                    : resources.inNamespace(namespace).withName(name).get();
            return one == null ? List.of() : List.of(one);
        }
        return namespace == null ? resources.inAnyNamespace().list().getItems()
                : resources.inNamespace(namespace).list().getItems();
    }

    private ObjectRow row(HasMetadata object) {
        return new ObjectRow(object.getMetadata().getNamespace(), object.getMetadata().getName(),
                ObjectStatus.status(object), ObjectStatus.detail(object),
                Ages.since(object.getMetadata().getCreationTimestamp(), clock.instant()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
