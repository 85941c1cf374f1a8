package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CRUD mock API server plus the pod log endpoint, which CRUD mode does not serve. */
final class SandboxDispatcher extends KubernetesCrudDispatcher {

    private static final Pattern LOG_PATH = Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/?]+)/log(?:\\?(.*))?$");

    private static final String ACCESS_REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    private static final Headers JSON_HEADERS = Headers.builder().add("Content-Type", "application/json").build();

    private final PodLogFiles logs;
    private final ObjectMapper json = new ObjectMapper();

    SandboxDispatcher(PodLogFiles logs) {
        super(KubemateKinds.ALL);
        this.logs = logs;
    }

    /**
     * Stores the objects as written in their manifests, as the API server would have on their creation, each through
     * the CRUD server's own create (uid, resource version, generation) but without an HTTP round trip, and with the
     * creation time written in its manifest. Objects without a namespace of a namespaced kind go to {@code default}.
     */
    void preload(List<Manifest> manifests) throws ManifestException {
        Map<String, String> writtenCreation = new HashMap<>();
        for (Manifest manifest : manifests) {
            HasMetadata object = manifest.object();
            String path = collectionPath(object);
            MockResponse response = super.handleCreate(new RecordedRequest("HTTP/1.1", HttpMethod.POST, path, JSON_HEADERS,
                    new Buffer(written(manifest))));
            if (response.code() != 201) {
                throw new ManifestException("the sandbox refused " + object.getKind() + " " + object.getMetadata().getName()
                        + ": " + new String(response.getBody().getBytes(), StandardCharsets.UTF_8));
            }
            String created = object.getMetadata().getCreationTimestamp();
            if (created != null) {
                try {
                    writtenCreation.put(uidOf(response), created);
                } catch (java.io.IOException e) {
                    throw new ManifestException("the sandbox could not read back " + object.getKind() + " " + object.getMetadata().getName());
                }
            }
        }
        try {
            restoreCreationTimes(writtenCreation);
        } catch (java.io.IOException | ClassCastException e) {
            throw new ManifestException("the sandbox could not restore creation times: " + e.getMessage());
        }
    }

    /**
     * One pass over the store: each object whose uid is a key of {@code writtenByUid} gets that creation time back
     * (the CRUD server stamps every new object with the current time). Returns the restored objects by uid.
     */
    private Map<String, String> restoreCreationTimes(Map<String, String> writtenByUid) throws java.io.IOException {
        Map<String, String> restored = new HashMap<>();
        for (Map.Entry<?, String> entry : map.entrySet()) {
            ObjectNode stored = (ObjectNode) json.readTree(entry.getValue());
            String uid = stored.path("metadata").path("uid").asText();
            String written = writtenByUid.get(uid);
            if (written != null) {
                ((ObjectNode) stored.get("metadata")).put("creationTimestamp", written);
                entry.setValue(json.writeValueAsString(stored));
                restored.put(uid, entry.getValue());
            }
        }
        return restored;
    }

    private byte[] written(Manifest manifest) throws ManifestException {
        try {
            return json.writeValueAsBytes(manifest.source());
        } catch (JsonProcessingException e) {
            throw new ManifestException("the sandbox could not store " + manifest.object().getKind() + " "
                    + manifest.object().getMetadata().getName() + ": " + e.getOriginalMessage());
        }
    }

    private String uidOf(MockResponse created) throws java.io.IOException {
        return json.readTree(created.getBody().getBytes()).path("metadata").path("uid").asText();
    }

    private static String collectionPath(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String plural;
        boolean namespaced;
        if (object instanceof GenericKubernetesResource) {
            CustomResourceDefinitionContext kind = KubemateKinds.find(apiVersion, object.getKind()).orElseThrow(
                    () -> new IllegalArgumentException("unknown kind " + object.getKind() + " (apiVersion " + apiVersion + ")"));
            plural = kind.getPlural();
            namespaced = kind.isNamespaceScoped();
        } else {
            plural = HasMetadata.getPlural(object.getClass());
            namespaced = object instanceof Namespaced;
        }
        String root = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
        String namespace = object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
        return namespaced ? root + "/namespaces/" + namespace + "/" + plural : root + "/" + plural;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Matcher matcher = LOG_PATH.matcher(request.getPath());
        if ("GET".equals(request.getMethod()) && matcher.matches()) {
            return podLog(matcher.group(1), matcher.group(2), query(matcher.group(3)));
        }
        if (request.getPath().contains("dryRun=All") && !"GET".equals(request.getMethod())) {
            return dryRun(request);
        }
        if ("POST".equals(request.getMethod()) && request.getPath().startsWith(ACCESS_REVIEWS)) {
            return allowEverything(request);
        }
        return super.dispatch(request);
    }

    /**
     * The CRUD server stamps every new object with the current time; a sandbox keeps the creation time written
     * in its manifests, so ages and timelines read as they did in the recorded cluster.
     */
    @Override
    public MockResponse handleCreate(RecordedRequest request) {
        String body = request.getUtf8Body();
        // reading the body consumes it: hand the CRUD server a copy
        MockResponse response = super.handleCreate(new RecordedRequest(request.getHttpVersion(), request.method(),
                request.getPath(), request.getHeaders(), new Buffer(body.getBytes(StandardCharsets.UTF_8))));
        try {
            String original = json.readTree(body).path("metadata").path("creationTimestamp").asText(null);
            if (response.code() != 201 || original == null) {
                return response;
            }
            String uid = uidOf(response);
            String restored = restoreCreationTimes(Map.of(uid, original)).get(uid);
            return restored == null ? response : response.setBody(restored);
        } catch (java.io.IOException | RuntimeException e) {
            return response;
        }
    }

    /** A watch as the CRUD server serves it, except that its end does not hold up the server's event loop. */
    @Override
    public MockResponse handleWatch(String path) {
        MockResponse response = super.handleWatch(path);
        return response.getWebSocketListener() == null ? response
                : response.withWebSocketUpgrade(new CloseOffEventLoop(response.getWebSocketListener()));
    }

    /**
     * The CRUD server would store a dry run; a sandbox answers it without changing anything. Changes are
     * checked against the object as it is (the real API server would also run admission).
     */
    private MockResponse dryRun(RecordedRequest request) {
        String path = request.getPath().substring(0, request.getPath().indexOf('?'));
        if ("POST".equals(request.getMethod())) {
            return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json").setBody(request.getUtf8Body());
        }
        return handleGet(path);
    }

    /** A sandbox has no RBAC: every access review is allowed, and says why. */
    private MockResponse allowEverything(RecordedRequest request) {
        try {
            ObjectNode review = (ObjectNode) json.readTree(request.getUtf8Body());
            review.putObject("status").put("allowed", true).put("reason", "sandbox: no RBAC");
            return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                    .setBody(json.writeValueAsString(review));
        } catch (java.io.IOException | ClassCastException e) {
            return status(400, "BadRequest", "unreadable SelfSubjectAccessReview");
        }
    }

    private MockResponse podLog(String namespace, String pod, Map<String, String> query) {
        String podPath = "/api/v1/namespaces/" + namespace + "/pods/" + pod;
        if (handleGet(podPath).code() != 200) {
            return status(404, "NotFound", "pods \"" + pod + "\" not found");
        }
        boolean previous = Boolean.parseBoolean(query.getOrDefault("previous", "false"));
        Integer tail = query.containsKey("tailLines") ? Integer.valueOf(query.get("tailLines")) : null;
        String container = query.get("container");
        return logs.read(namespace, pod, container, previous, tail)
                .map(text -> new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain").setBody(text))
                .orElseGet(() -> previous
                        ? status(400, "BadRequest", "previous terminated container \"" + container + "\" in pod \"" + pod + "\" not found")
                        : new MockResponse().setResponseCode(200).setBody(""));
    }

    private static MockResponse status(int code, String reason, String message) {
        String body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"" + reason
                + "\",\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }
}
