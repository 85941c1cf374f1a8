package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClosingHttpClientFactory;
import io.kubemate.tools.kube.ClusterAccess;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A cluster made from manifests: fabric8's mock API server in CRUD mode on loopback, holding the objects
 * (status included) and serving container logs from files. Used by {@code --manifests}, {@code --scenario} and tests.
 */
public final class SandboxCluster {

    /** Starts the API server of a sandbox beside the thread reading its manifests; a daemon, so it never holds a JVM. */
    private static final Executor SERVER_STARTER = runnable -> Thread.ofPlatform().daemon().name("sandbox-server").start(runnable);

    private SandboxCluster() {
    }

    /** Starts a sandbox from {@code manifests}; logs come from {@code podLogs} when that folder exists. */
    public static ClusterAccess start(Path manifests, Path podLogs) throws ManifestException {
        return start(manifests, podLogs, false);
    }

    /** As {@link #start(Path, Path)}; when lenient, unknown kinds are skipped and listed in {@link ClusterAccess#notes()}. */
    public static ClusterAccess start(Path manifests, Path podLogs, boolean lenient) throws ManifestException {
        return start(manifests, podLogs, lenient, null);
    }

    /**
     * As {@link #start(Path, Path, boolean)}; when the manifests bring no Kubemate {@code User}, the objects of
     * {@code identities} (YAML: Users and Roles) are added, each unless the manifests have one of its kind and name.
     * The API server starts while the manifests are read.
     */
    public static ClusterAccess start(Path manifests, Path podLogs, boolean lenient, URL identities) throws ManifestException {
        CompletableFuture<Server> server = CompletableFuture.supplyAsync(() -> Server.start(podLogs), SERVER_STARTER);
        try {
            // one serialization reads the manifests and serves the bot's client: what Jackson learnt of a kind while
            // reading a manifest is not learnt again when the bot first lists that kind
            KubernetesSerialization serialization = new KubernetesSerialization();
            ManifestLoader loader = new ManifestLoader(lenient, serialization);
            ManifestLoader.Loaded loaded = loader.loadAll(manifests);
            List<Manifest> objects = new ArrayList<>(loaded.manifests());
            if (identities != null && objects.stream().map(Manifest::object).noneMatch(SandboxCluster::isUser)) {
                objects.addAll(missing(objects, read(loader, identities)));
            }
            return server.join().serve(objects, "sandbox from " + manifests, loaded.skipped(), serialization);
        } catch (ManifestException | RuntimeException e) {
            server.thenAccept(Server::stop);
            throw e;
        }
    }

    public static ClusterAccess start(List<HasMetadata> objects, Path podLogs, String description, List<String> notes)
            throws ManifestException {
        KubernetesSerialization serialization = new KubernetesSerialization();
        return Server.start(podLogs).serve(objects.stream().map(o -> Manifest.of(o, serialization)).toList(), description,
                notes, serialization);
    }

    /** The mock API server, listening on loopback before it holds any object (no client knows its port yet). */
    private record Server(SandboxDispatcher dispatcher, KubernetesMockServer server) {

        static Server start(Path podLogs) {
            SandboxDispatcher dispatcher = new SandboxDispatcher(
                    new PodLogFiles(podLogs != null && Files.isDirectory(podLogs) ? podLogs : null));
            MockWebServer web = new MockWebServer();
            KubernetesMockServer server = new KubernetesMockServer(new Context(), web, new HashMap<>(),
                    new UnrecordedDispatcher(dispatcher, web), false);
            server.init(InetAddress.getLoopbackAddress(), 0);
            return new Server(dispatcher, server);
        }

        /** Stores the objects (without a round trip each), then makes the client that talks to the server. */
        ClusterAccess serve(List<Manifest> objects, String description, List<String> notes,
                            KubernetesSerialization serialization) throws ManifestException {
            try {
                dispatcher.preload(withNamespaces(objects));
            } catch (ManifestException | RuntimeException e) {
                stop();
                throw e;
            }
            KubernetesClient client = server.createClient(builder -> builder.withKubernetesSerialization(serialization)
                    .withHttpClientFactory(new ClosingHttpClientFactory()));
            return new ClusterAccess(client, "sandbox", description, notes, () -> {
                client.close();
                stop();
            });
        }

        void stop() {
            server.destroy();
        }
    }

    private static boolean isUser(HasMetadata object) {
        return "User".equals(object.getKind()) && (KubemateKinds.GROUP + "/" + KubemateKinds.VERSION).equals(object.getApiVersion());
    }

    private static List<Manifest> read(ManifestLoader loader, URL identities) throws ManifestException {
        try (Reader reader = new InputStreamReader(identities.openStream(), StandardCharsets.UTF_8)) {
            return loader.loadManifests(identities.toString(), reader);
        } catch (IOException e) {
            throw new ManifestException(identities + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Manifest> missing(List<Manifest> present, List<Manifest> defaults) {
        return defaults.stream().filter(d -> present.stream().noneMatch(p -> same(p.object(), d.object()))).toList();
    }

    private static boolean same(HasMetadata a, HasMetadata b) {
        return a.getKind().equals(b.getKind()) && a.getApiVersion().equals(b.getApiVersion())
                && a.getMetadata().getName().equals(b.getMetadata().getName());
    }

    /** The objects, preceded by a Namespace for each namespace they use and do not declare. */
    private static List<Manifest> withNamespaces(List<Manifest> manifests) {
        Set<String> namespaces = new LinkedHashSet<>();
        List<HasMetadata> objects = manifests.stream().map(Manifest::object).toList();
        objects.stream().filter(o -> o.getMetadata().getNamespace() != null)
                .forEach(o -> namespaces.add(o.getMetadata().getNamespace()));
        objects.stream().filter(o -> "Namespace".equals(o.getKind())).forEach(o -> namespaces.remove(o.getMetadata().getName()));
        List<Manifest> all = new ArrayList<>();
        namespaces.forEach(ns -> all.add(namespace(ns)));
        all.addAll(manifests);
        return all;
    }

    private static Manifest namespace(String name) {
        ObjectNode written = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Namespace");
        written.putObject("metadata").put("name", name);
        return new Manifest(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build(), written);
    }
}
