package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.PodSpecs;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.inspect.RunbookIds;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ConfigMaps, Secrets, ServiceAccount and claims the pod spec refers to (not marked optional; pull secrets are the
 * {@link ImagePullCheck}'s, since a missing one matters only when a pull fails), and
 * those an event says were not found, against what exists in the namespace: names each one that is missing and
 * where it is referred to.
 */
@Singleton
public final class MissingReferenceCheck implements DiagnosisCheck {

    /** "configmap \"app-config\" not found", "serviceaccount \"deployer\" not found", "secrets \"db\" not found". */
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)\\b(configmaps?|secrets?|serviceaccounts?|persistentvolumeclaims?)\\s+\"([a-z0-9.-]+)\"\\s+not found");

    private record Kind(String label, Class<? extends HasMetadata> type, String runbook) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "configmap", new Kind("ConfigMap", ConfigMap.class, null),
            "secret", new Kind("Secret", Secret.class, null),
            "serviceaccount", new Kind("ServiceAccount", ServiceAccount.class, null),
            "persistentvolumeclaim", new Kind("PersistentVolumeClaim", PersistentVolumeClaim.class, RunbookIds.PVC_MOUNT));

    private record Ref(String kind, String name, String where) {
    }

    @Override
    public Verdict check(Scene scene) {
        Map<String, Ref> refs = new LinkedHashMap<>();
        PodSpecs.of(scene).ifPresent(spec -> references(spec).forEach(r -> refs.putIfAbsent(r.kind() + "/" + r.name(), r)));
        List<Event> mentioned = scene.warnings();
        for (Event event : mentioned) {
            Matcher m = NOT_FOUND.matcher(event.getMessage() == null ? "" : event.getMessage());
            while (m.find()) {
                String kind = m.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", "");
                refs.putIfAbsent(kind + "/" + m.group(2), new Ref(kind, m.group(2), "event " + event.getReason()));
            }
        }
        Verdict verdict = Verdict.none();
        int checked = 0;
        for (Ref ref : refs.values()) {
            Kind kind = KINDS.get(ref.kind());
            Optional<Set<String>> existing = scene.cluster().names(kind.type(), false);
            if (existing.isEmpty()) {
                continue;
            }
            checked++;
            if (existing.get().contains(ref.name())) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add(PodSpecs.owner(scene) + " refers to " + kind.label() + " " + ref.name() + " (" + ref.where() + ")");
            evidence.add("no " + kind.label() + " " + ref.name() + " in namespace " + scene.cluster().namespace());
            mentioned.stream().map(Event::getMessage).filter(m -> m != null && m.contains("\"" + ref.name() + "\"")).findFirst()
                    .ifPresent(m -> evidence.add("event: " + m));
            verdict = verdict.and(Verdict.of(new Cause(CauseKind.MISSING_REFERENCE, List.of(kind.label(), ref.name(), PodSpecs.owner(scene),
                    ref.where()), evidence, kind.runbook(), Cause.PROVEN)));
        }
        if (verdict.causes().isEmpty() && checked > 0) {
            verdict = Verdict.fine(Fine.of("references-exist", String.valueOf(checked)));
        }
        return verdict;
    }

    static List<Ref> references(PodSpec spec) {
        List<Ref> refs = new ArrayList<>();
        if (spec.getServiceAccountName() != null && !spec.getServiceAccountName().isBlank() && !"default".equals(spec.getServiceAccountName())) {
            refs.add(new Ref("serviceaccount", spec.getServiceAccountName(), "serviceAccountName"));
        }
        for (Volume v : spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()) {
            if (v.getConfigMap() != null && !Boolean.TRUE.equals(v.getConfigMap().getOptional())) {
                refs.add(new Ref("configmap", v.getConfigMap().getName(), "volume " + v.getName()));
            }
            if (v.getSecret() != null && !Boolean.TRUE.equals(v.getSecret().getOptional())) {
                refs.add(new Ref("secret", v.getSecret().getSecretName(), "volume " + v.getName()));
            }
            if (v.getPersistentVolumeClaim() != null) {
                refs.add(new Ref("persistentvolumeclaim", v.getPersistentVolumeClaim().getClaimName(), "volume " + v.getName()));
            }
        }
        Stream.concat(spec.getInitContainers() == null ? Stream.empty() : spec.getInitContainers().stream(),
                spec.getContainers() == null ? Stream.empty() : spec.getContainers().stream()).forEach(c -> env(c, refs));
        refs.removeIf(r -> r.name() == null || r.name().isBlank());
        return refs;
    }

    private static void env(Container c, List<Ref> refs) {
        for (EnvFromSource from : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                refs.add(new Ref("configmap", from.getConfigMapRef().getName(), "envFrom of container " + c.getName()));
            }
            if (from.getSecretRef() != null && !Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                refs.add(new Ref("secret", from.getSecretRef().getName(), "envFrom of container " + c.getName()));
            }
        }
        for (EnvVar var : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            if (var.getValueFrom() == null) {
                continue;
            }
            var cm = var.getValueFrom().getConfigMapKeyRef();
            if (cm != null && !Boolean.TRUE.equals(cm.getOptional())) {
                refs.add(new Ref("configmap", cm.getName(), "env " + var.getName() + " of container " + c.getName()));
            }
            var secret = var.getValueFrom().getSecretKeyRef();
            if (secret != null && !Boolean.TRUE.equals(secret.getOptional())) {
                refs.add(new Ref("secret", secret.getName(), "env " + var.getName() + " of container " + c.getName()));
            }
        }
    }
}
