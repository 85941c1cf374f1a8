package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Ages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The cluster's etcd: each member's database against its backend quota (≥ 80 % a warning, ≥ 95 % critical: at the
 * quota etcd raises NOSPACE and refuses every write), and the age of the last etcd snapshot, read from the
 * snapshot CronJob's last success (a CronJob in kube-system labelled {@code kubemate.io/etcd-snapshot: "true"},
 * or named like {@code etcd-snapshot}/{@code etcd-backup}) against twice its schedule. Control plane, so only in a
 * whole-cluster inspection.
 */
public final class EtcdInspection implements Inspection {

    static final String DB_SIZE = "etcd_mvcc_db_total_size_in_bytes";
    static final String QUOTA = "etcd_server_quota_backend_bytes";
    static final double NEAR_QUOTA = 0.80;
    static final double AT_QUOTA = 0.95;
    static final String SNAPSHOT_LABEL = "kubemate.io/etcd-snapshot";
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("etcd.*(snapshot|backup).*");
    private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,100}");

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    public EtcdInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "etcd";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (scope.namespace() != null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(quota(scope.now()));
        for (CronJob cronJob : scope.list(CronJob.class)) {
            if ("kube-system".equals(cronJob.getMetadata().getNamespace()) && isSnapshot(cronJob)) {
                snapshotOverdue(cronJob, scope.now()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private List<Finding> quota(Instant now) {
        if (!(prometheus.get() instanceof Outcome.Ok<PrometheusClient> client)) {
            return List.of();
        }
        Map<String, Double> sizes = byInstance(client.value().instant(DB_SIZE, now));
        Map<String, Double> quotas = byInstance(client.value().instant(QUOTA, now));
        List<Finding> findings = new ArrayList<>();
        sizes.keySet().stream().sorted().forEach(member -> {
            Double quota = quotas.get(member);
            double size = sizes.get(member);
            if (quota == null || quota <= 0 || size / quota < NEAR_QUOTA) {
                return;
            }
            double used = size / quota;
            String endpoint = SAFE_HOST.matcher(member).matches() ? member : "<endpoint>";
            findings.add(new Finding(used >= AT_QUOTA ? Severity.CRITICAL : Severity.WARNING, "etcd-quota", "EtcdMember", null, member,
                    Reason.of("finding.etcd-quota", String.format(Locale.ROOT, "%.0f%%", used * 100), mib(quota)),
                    List.of(DB_SIZE + " = " + mib(size), QUOTA + " = " + mib(quota)), RunbookIds.ETCD)
                    .withFix("ETCDCTL_API=3 etcdctl --endpoints=https://" + endpoint
                            + " --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt"
                            + " --key=/etc/kubernetes/pki/etcd/server.key endpoint status --write-out=table"));
        });
        return findings;
    }

    private static Optional<Finding> snapshotOverdue(CronJob cronJob, Instant now) {
        String schedule = cronJob.getSpec() == null ? null : cronJob.getSpec().getSchedule();
        Optional<Duration> period = schedule == null ? Optional.empty() : CronSchedule.period(schedule);
        if (period.isEmpty() || Boolean.TRUE.equals(cronJob.getSpec().getSuspend())) {
            return Optional.empty();
        }
        String last = cronJob.getStatus() == null ? null : cronJob.getStatus().getLastSuccessfulTime();
        Duration allowed = period.get().multipliedBy(2);
        // a CronJob that never succeeded counts from its creation, so a new one gets its first two periods
        Instant since = Instant.parse(last != null ? last : cronJob.getMetadata().getCreationTimestamp());
        if (Duration.between(since, now).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        String name = cronJob.getMetadata().getName();
        Reason problem = last == null ? Reason.of("finding.etcd-snapshot-never", Ages.since(cronJob.getMetadata().getCreationTimestamp(), now))
                : Reason.of("finding.etcd-snapshot-overdue", Ages.since(last, now), Ages.of(period.get()));
        return Optional.of(Finding.on(cronJob, Severity.WARNING, "etcd-snapshot-overdue", problem,
                List.of("spec.schedule " + schedule, "status.lastSuccessfulTime " + (last == null ? "none" : last)), RunbookIds.BACKUP)
                .withFix("kubectl -n kube-system create job --from=cronjob/" + name + " " + name + "-manual"));
    }

    private static boolean isSnapshot(CronJob cronJob) {
        Map<String, String> labels = cronJob.getMetadata().getLabels();
        return labels != null && "true".equals(labels.get(SNAPSHOT_LABEL)) || SNAPSHOT_NAME.matcher(cronJob.getMetadata().getName()).matches();
    }

    private static Map<String, Double> byInstance(Outcome<QueryResult> outcome) {
        Map<String, Double> values = new HashMap<>();
        if (outcome instanceof Outcome.Ok<QueryResult> ok) {
            for (Series series : ok.value().series()) {
                if (!series.samples().isEmpty()) {
                    values.put(series.metric().getOrDefault("instance", "etcd"), series.samples().getLast().value());
                }
            }
        }
        return values;
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024 * 1024));
    }
}
