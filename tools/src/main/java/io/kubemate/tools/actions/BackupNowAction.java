package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.kubemate.tools.backup.VeleroObjects;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code backup_now}: a Velero Backup made now from a Schedule's template, as {@code velero backup create --from-schedule}
 * does: same spec, labelled with the schedule's name, so it counts as that schedule's backup.
 */
@Singleton
public final class BackupNowAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("backup_now", Risk.WRITE, "backups.create")
            .describe("Propose a Velero backup now from a Schedule's template. Creates a proposal; executes nothing.",
                    "提议按某个 Velero 备份计划的模板立即做一次备份。只创建提议，不执行任何变更。")
            .requiredString("schedule", "the Velero Schedule's name", "Velero 备份计划名称")
            .string("namespace", "Velero's namespace (default velero)", "Velero 所在命名空间（默认 velero）")
            .commands("backup-now").positions("schedule", "namespace").target(TargetKind.AS_NAMED)
            .intentWords("backup now", "back up now", "run a backup", "take a backup", "立即备份", "马上备份", "现在备份", "手动备份")
            .notForTheModel()
            .build();

    static final String SCHEDULE_LABEL = "velero.io/schedule-name";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public BackupNowAction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String schedule = WorkloadTarget.text(args, name(), "schedule");
        Object given = args.get("namespace");
        String namespace = given == null || given.toString().isBlank() ? "velero" : given.toString().trim();
        GenericKubernetesResource found = asUser.genericKubernetesResources(VeleroObjects.KINDS.get(0)).inNamespace(namespace)
                .withName(schedule).get();
        if (found == null) {
            throw new ActionRejected(Reason.of("objects.none-named-in-namespace", "Velero Schedule", schedule, namespace));
        }
        Object template = found.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec ? spec.get("template") : null;
        if (!(template instanceof Map<?, ?>)) {
            throw new ActionRejected(Reason.of("backup.no-template", namespace + "/" + schedule));
        }
        String backup = schedule + "-" + STAMP.format(clock.instant());
        backups(asUser, namespace).resource(backupOf(namespace, schedule, backup, template)).dryRun().create();
        String covers = template instanceof Map<?, ?> t && t.get("includedNamespaces") instanceof List<?> included && !included.isEmpty()
                ? String.join(", ", included.stream().map(String::valueOf).toList()) : "*";
        return new ActionPlan(name(), Map.of("namespace", namespace, "schedule", schedule, "backup", backup),
                "new Backup " + namespace + "/" + backup + " from Schedule " + schedule + " (namespaces: " + covers + ")",
                "Velero Schedule " + namespace + "/" + schedule)
                .withChecks(Map.of(), List.of(new AccessCheck("create", VeleroObjects.GROUP, "backups", null, namespace, null)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String schedule = (String) plan.args().get("schedule");
        String backup = (String) plan.args().get("backup");
        GenericKubernetesResource found = asUser.genericKubernetesResources(VeleroObjects.KINDS.get(0)).inNamespace(namespace)
                .withName(schedule).get();
        Object template = found == null ? null : found.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec ? spec.get("template") : null;
        if (!(template instanceof Map<?, ?>)) {
            throw new ActionRejected(Reason.of("objects.none-named-in-namespace", "Velero Schedule", schedule, namespace));
        }
        backups(asUser, namespace).resource(backupOf(namespace, schedule, backup, template)).create();
        return "Velero Backup " + namespace + "/" + backup + " created from Schedule " + schedule + "; follow it with /backups";
    }

    private static NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> backups(
            KubernetesClient client, String namespace) {
        return client.genericKubernetesResources(VeleroObjects.KINDS.get(1)).inNamespace(namespace);
    }

    private static GenericKubernetesResource backupOf(String namespace, String schedule, String name, Object template) {
        return new GenericKubernetesResourceBuilder().withApiVersion(VeleroObjects.GROUP + "/" + VeleroObjects.VERSION).withKind("Backup")
                .withNewMetadata().withNamespace(namespace).withName(name).addToLabels(SCHEDULE_LABEL, schedule).endMetadata()
                .addToAdditionalProperties("spec", template).build();
    }
}
