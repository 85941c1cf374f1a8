package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every YAML file under a folder (multi-document, objects with their {@code status}) into typed
 * objects. Anything it cannot use is refused with the file, the document number and the reason.
 */
public final class ManifestLoader {

    /** What was loaded, and the documents skipped because their kind is unknown (lenient loading only). */
    public record Loaded(List<Manifest> manifests, List<String> skipped) {

        public List<HasMetadata> objects() {
            return manifests.stream().map(Manifest::object).toList();
        }
    }

    private final YAMLMapper yaml = new YAMLMapper();
    private final KubernetesSerialization serialization;
    private final boolean lenient;

    /** Strict: an unknown kind is an error. */
    public ManifestLoader() {
        this(false);
    }

    /** Lenient: objects of unknown kinds (custom resources of other products) are skipped and listed. */
    public ManifestLoader(boolean lenient) {
        this(lenient, new KubernetesSerialization());
    }

    /** Reads the objects with {@code serialization} (whose deserializers the client that serves them then reuses). */
    public ManifestLoader(boolean lenient, KubernetesSerialization serialization) {
        this.lenient = lenient;
        this.serialization = serialization;
    }

    public List<HasMetadata> load(Path folder) throws ManifestException {
        return loadAll(folder).objects();
    }

    public Loaded loadAll(Path folder) throws ManifestException {
        if (!Files.isDirectory(folder)) {
            throw new ManifestException("manifests folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files = yamlFiles(folder);
        if (files.isEmpty()) {
            throw new ManifestException("manifests folder " + folder + " holds no .yaml or .yml files");
        }
        List<Manifest> manifests = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            manifests.addAll(loadFile(file, skipped));
        }
        return new Loaded(manifests, skipped);
    }

    private List<Manifest> loadFile(Path file, List<String> skipped) throws ManifestException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return loadDocuments(file.toString(), reader, skipped);
        } catch (IOException e) {
            throw new ManifestException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The objects of one multi-document YAML text; {@code source} names it in errors. */
    public List<HasMetadata> load(String source, Reader yamlText) throws ManifestException {
        return loadManifests(source, yamlText).stream().map(Manifest::object).toList();
    }

    /** As {@link #load(String, Reader)}, each object with the document it was read from. */
    public List<Manifest> loadManifests(String source, Reader yamlText) throws ManifestException {
        return loadDocuments(source, yamlText, new ArrayList<>());
    }

    private List<Manifest> loadDocuments(String source, Reader yamlText, List<String> skipped) throws ManifestException {
        List<Manifest> objects = new ArrayList<>();
        int document = 0;
        try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(yamlText)) {
            while (docs.hasNextValue()) {
                document++;
                JsonNode node = docs.nextValue();
                if (node == null || node.isNull() || node.isEmpty()) {
                    continue;
                }
                try {
                    objects.addAll(toObjects(source, document, node));
                } catch (UnknownKind e) {
                    if (!lenient) {
                        throw new ManifestException(e.getMessage());
                    }
                    skipped.add(e.getMessage());
                }
            }
        } catch (JsonProcessingException e) {
            throw new ManifestException(source + ": invalid YAML at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ManifestException(source + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ManifestException(source + ": document " + document + ": " + rootMessage(e));
        }
        return objects;
    }

    /** A document whose kind neither fabric8 nor Kubemate knows. */
    private static final class UnknownKind extends Exception {
        UnknownKind(String message) {
            super(message);
        }
    }

    private List<Manifest> toObjects(String source, int document, JsonNode node) throws ManifestException, UnknownKind {
        String where = source + ": document " + document;
        if (!node.isObject()) {
            throw new ManifestException(where + ": expected a Kubernetes object, found " + node.getNodeType().name().toLowerCase());
        }
        String apiVersion = node.path("apiVersion").asText("");
        String kind = node.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new ManifestException(where + ": missing apiVersion or kind");
        }
        KubernetesResource resource = serialization.convertValue(node, KubernetesResource.class);
        if (resource instanceof KubernetesResourceList<?> list) {
            List<Manifest> items = new ArrayList<>();
            JsonNode written = node.path("items");
            for (int i = 0; i < list.getItems().size(); i++) {
                HasMetadata item = checked(where, (HasMetadata) list.getItems().get(i));
                // a List's items are read in order, one typed item per written one
                items.add(written.has(i) ? new Manifest(item, written.get(i)) : Manifest.of(item, serialization));
            }
            return items;
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new ManifestException(where + ": " + kind + " is not an object with metadata");
        }
        return List.of(new Manifest(checked(where, object), node));
    }

    private static HasMetadata checked(String where, HasMetadata object) throws ManifestException, UnknownKind {
        if (object instanceof GenericKubernetesResource generic && !KubemateKinds.known(generic.getApiVersion(), generic.getKind())) {
            throw new UnknownKind(where + ": unknown kind " + generic.getKind() + " (apiVersion " + generic.getApiVersion() + ")");
        }
        if (object.getMetadata() == null || object.getMetadata().getName() == null || object.getMetadata().getName().isBlank()) {
            throw new ManifestException(where + ": " + object.getKind() + " has no metadata.name");
        }
        return object;
    }

    private static List<Path> yamlFiles(Path folder) throws ManifestException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ManifestException("cannot read manifests folder " + folder + ": " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
