package io.kubemate.bot.inspect;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.router.BuiltInRoutes;
import io.kubemate.tools.kube.ClusterAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Marks a finding as an accepted risk: only for people whose Kubemate roles grant {@code inspections.ignore}
 * where the finding is, and audited before the answer.
 */
@Singleton
public final class FindingIgnorer {

    static final String PERMISSION = "inspections.ignore";

    private final InspectionLifecycle lifecycle;
    private final ClusterAccess cluster;
    private final AuditLog audit;
    private final Clock clock;

    public FindingIgnorer(InspectionLifecycle lifecycle, ClusterAccess cluster, AuditLog audit, Clock clock) {
        this.lifecycle = lifecycle;
        this.cluster = cluster;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to tell the person: done, or why not. */
    public String ignore(Person person, String conversation, String fingerprint, String reason) {
        var finding = lifecycle.seen(cluster.name(), fingerprint);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("fingerprint", fingerprint);
        if (finding.isEmpty()) {
            return denied(person, conversation, args, "no finding with fingerprint " + fingerprint + " in the last 30 days of inspections");
        }
        var f = finding.get();
        args.put("object", f.kind() + " " + (f.namespace() == null ? "" : f.namespace() + "/") + f.name());
        args.put("problem", f.problem());
        if (!person.may(PERMISSION, f.namespace())) {
            return denied(person, conversation, args, "your Kubemate roles do not grant " + PERMISSION
                    + (f.namespace() == null ? " cluster-wide" : " in namespace " + f.namespace()));
        }
        String why = reason == null || reason.isBlank() ? "(no reason given)" : reason;
        audit.record(new AuditEntry(AuditEvent.IGNORED, person.chatUser(), person.subject().user(), BuiltInRoutes.IGNORE_FINDING, args, null,
                why, conversation));
        lifecycle.ignore(cluster.name(), fingerprint, person.chatUser() + " at " + clock.instant() + ": " + why);
        return "Ignored: " + args.get("object") + " — " + f.problem() + ". Reason: " + why + ". Later inspections count it as ignored.";
    }

    private String denied(Person person, String conversation, Map<String, Object> args, String reason) {
        audit.record(new AuditEntry(AuditEvent.DENIED, person.chatUser(), person.subject().user(), BuiltInRoutes.IGNORE_FINDING, args, null, reason,
                conversation));
        return "Not ignored: " + reason + ".";
    }
}
