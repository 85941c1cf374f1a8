package io.kubemate.bot.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders a folder of deploy/kubernetes with {@code kubectl kustomize} and parses the objects with fabric8,
 * strictly: an object of a kind fabric8 has no model for, or a field its model does not declare (fabric8
 * would keep it in {@code additionalProperties}), fails.
 */
final class Kustomize {

    static final Path ROOT = Path.of("../deploy/kubernetes");
    private static final Path KUBECTL = Path.of("/usr/bin/kubectl");
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private Kustomize() {
    }

    /** The typed objects; kinds named in {@code genericKinds} (custom resources) may stay generic. */
    static List<HasMetadata> render(String folder, Set<String> genericKinds) throws IOException, InterruptedException {
        return parse(kubectlKustomize(ROOT.resolve(folder)), genericKinds);
    }

    static List<HasMetadata> parse(String yaml, Set<String> genericKinds) {
        Object parsed = new KubernetesSerialization().unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        for (Object item : parsed instanceof List<?> list ? list : List.of(parsed)) {
            if (item instanceof GenericKubernetesResource generic && !genericKinds.contains(generic.getKind())) {
                fail("no fabric8 model for " + generic.getApiVersion() + " " + generic.getKind() + " " + generic.getMetadata().getName());
            }
            HasMetadata object = (HasMetadata) item;
            if (!(object instanceof GenericKubernetesResource)) {
                requireKnownFields(object, object.getKind() + "/" + object.getMetadata().getName());
            }
            objects.add(object);
        }
        return objects;
    }

    private static String kubectlKustomize(Path folder) throws IOException, InterruptedException {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(KUBECTL);
        if (!Files.isExecutable(kubectl)) {
            String reason = "kubectl is not installed (looked on PATH and at " + KUBECTL + "); it renders the Kustomize overlays";
            if ("true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", folder.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("kubectl kustomize " + folder + " failed: " + output);
        }
        return output;
    }

    /** Walks the typed object graph: any non-empty additionalProperties is a field the model does not know. */
    private static void requireKnownFields(Object value, String path) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                requireKnownFields(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> requireKnownFields(item, path + "." + key));
            return;
        }
        if (!(value instanceof KubernetesResource) || !value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    fail(path + " has fields its schema does not declare: " + extra.keySet());
                }
                continue;
            }
            requireKnownFields(child, path + "." + getter.getName().substring(3, 4).toLowerCase() + getter.getName().substring(4));
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " on " + target.getClass(), e);
        }
    }
}
