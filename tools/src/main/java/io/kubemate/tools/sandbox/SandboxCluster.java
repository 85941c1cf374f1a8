package io.kubemate.tools.sandbox;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClusterAccess;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cluster made from manifests: fabric8's mock API server in CRUD mode on loopback, loaded with the objects
 * (status included) and serving container logs from files. Used by {@code --manifests}, {@code --scenario} and tests.
 */
public final class SandboxCluster {

    private SandboxCluster() {
    }

    /** Starts a sandbox from {@code manifests}; logs come from {@code podLogs} when that folder exists. */
    public static ClusterAccess start(Path manifests, Path podLogs) throws ManifestException {
        return start(manifests, podLogs, false);
    }

    /** As {@link #start(Path, Path)}; when lenient, unknown kinds are skipped and listed in {@link ClusterAccess#notes()}. */
    public static ClusterAccess start(Path manifests, Path podLogs, boolean lenient) throws ManifestException {
        ManifestLoader.Loaded loaded = new ManifestLoader(lenient).loadAll(manifests);
        return start(loaded.objects(), podLogs, "sandbox from " + manifests, loaded.skipped());
    }

    public static ClusterAccess start(List<HasMetadata> objects, Path podLogs, String description, List<String> notes)
            throws ManifestException {
        SandboxDispatcher dispatcher = new SandboxDispatcher(
                new PodLogFiles(podLogs != null && Files.isDirectory(podLogs) ? podLogs : null));
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        KubernetesClient client = server.createClient();
        try {
            load(client, objects);
        } catch (KubernetesClientException e) {
            client.close();
            server.destroy();
            throw new ManifestException("the sandbox refused an object: " + e.getMessage());
        }
        return new ClusterAccess(client, "sandbox", description, notes, () -> {
            client.close();
            server.destroy();
        });
    }

    private static void load(KubernetesClient client, List<HasMetadata> objects) {
        Set<String> namespaces = new LinkedHashSet<>();
        objects.stream().filter(o -> o.getMetadata().getNamespace() != null)
                .forEach(o -> namespaces.add(o.getMetadata().getNamespace()));
        Set<String> declared = new LinkedHashSet<>();
        objects.stream().filter(o -> "Namespace".equals(o.getKind())).forEach(o -> declared.add(o.getMetadata().getName()));
        namespaces.removeAll(declared);
        namespaces.forEach(ns -> client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build()).create());
        for (HasMetadata object : objects) {
            client.resource(object).create();
        }
    }
}
