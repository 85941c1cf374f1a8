package io.kubemate.tools.traces;

import java.util.List;
import java.util.Map;

/** A trace as the Jaeger query API returns it: spans plus the processes (services) they ran in. */
public record Trace(String traceID, List<Span> spans, Map<String, Process> processes) {

    public Trace {
        spans = spans == null ? List.of() : List.copyOf(spans);
        processes = processes == null ? Map.of() : Map.copyOf(processes);
    }

    /** Times are microseconds since the epoch, as Jaeger sends them. */
    public record Span(String traceID, String spanID, String operationName, List<Reference> references, long startTime,
                       long duration, List<KeyValue> tags, List<Log> logs, String processID) {

        public Span {
            references = references == null ? List.of() : List.copyOf(references);
            tags = tags == null ? List.of() : List.copyOf(tags);
            logs = logs == null ? List.of() : List.copyOf(logs);
        }

        public long end() {
            return startTime + duration;
        }

        public String parentId() {
            return references.stream().filter(r -> "CHILD_OF".equals(r.refType())).map(Reference::spanID).findFirst()
                    .orElse(references.isEmpty() ? null : references.getFirst().spanID());
        }

        public String tag(String key) {
            return tags.stream().filter(t -> key.equals(t.key())).map(t -> String.valueOf(t.value())).findFirst().orElse(null);
        }
    }

    public record Reference(String refType, String traceID, String spanID) {
    }

    public record KeyValue(String key, String type, Object value) {
    }

    public record Log(long timestamp, List<KeyValue> fields) {

        public Log {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public record Process(String serviceName, List<KeyValue> tags) {

        public Process {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        /** The Kubernetes namespace the OpenTelemetry resource attributes name, if any. */
        public String namespace() {
            for (String key : List.of("k8s.namespace.name", "namespace", "service.namespace")) {
                for (KeyValue tag : tags) {
                    if (key.equals(tag.key()) && tag.value() != null) {
                        return String.valueOf(tag.value());
                    }
                }
            }
            return null;
        }
    }
}
