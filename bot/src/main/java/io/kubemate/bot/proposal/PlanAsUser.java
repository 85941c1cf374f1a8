package io.kubemate.bot.proposal;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.tools.actions.AccessCheck;
import io.kubemate.tools.actions.AccessReview;
import io.kubemate.tools.actions.Action;
import io.kubemate.tools.actions.ActionPlan;
import io.kubemate.tools.actions.ActionRejected;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Plans an action as the person: validation, a server-side dry run under impersonation (which the API server
 * authorises like the real call), then a SelfSubjectAccessReview of each permission the change needs, so a
 * refusal names what is missing. A refusal comes back as a reason; an unreachable cluster as a failure.
 */
@Singleton
final class PlanAsUser {

    /** Planned, or why not. */
    record Planned(ActionPlan plan, String refusal, Reason why) {
        Planned(ActionPlan plan, String refusal) {
            this(plan, refusal, null);
        }
    }

    private final ClusterAccess cluster;

    PlanAsUser(ClusterAccess cluster) {
        this.cluster = cluster;
    }

    Planned plan(Subject subject, Action action, Map<String, Object> args) {
        Outcome<ActionPlan> outcome = KubeCall.run(action.name() + " " + args.getOrDefault("workload", ""), args, () -> cluster.as(subject, client -> {
            try {
                Map<String, Object> withIdentity = new java.util.HashMap<>(args);
                withIdentity.put(Action.IDENTITY_ARG, subject.user());
                ActionPlan plan = action.plan(client, withIdentity);
                List<AccessCheck> denied = AccessReview.denied(client, plan.requires());
                return denied.isEmpty() ? Outcome.ok(plan) : new Outcome.Forbidden<>("the API server's RBAC does not let you "
                        + String.join(", ", denied.stream().map(AccessCheck::describe).toList()));
            } catch (ActionRejected e) {
                return e.why().<Outcome<ActionPlan>>map(Outcome::badRequest).orElseGet(() -> Outcome.badRequest(e.getMessage()));
            }
        }));
        return switch (outcome) {
            case Outcome.Ok<ActionPlan> ok -> new Planned(ok.value(), null);
            case Outcome.Forbidden<ActionPlan> denied -> new Planned(null, denied.reason()
                    + " (Kubernetes RBAC for " + subject.user() + " does not allow this change)");
            case Outcome.Failure<ActionPlan> f when f.kind() == Outcome.FailureKind.UNAVAILABLE ->
                    throw new ChatFailure(ChatFailure.Kind.BACKEND_UNAVAILABLE, f.reason());
            case Outcome.Failure<ActionPlan> f -> new Planned(null, f.reason(), f.why());
            case Outcome.NoData<ActionPlan> none -> new Planned(null, none.reason(), none.why());
        };
    }

    /** Applies a plan as the person; only {@link ConfirmationService} calls this. */
    Outcome<String> execute(Subject subject, Action action, ActionPlan plan) {
        return KubeCall.run(action.name() + " " + plan.target(), () -> cluster.as(subject, client -> {
            try {
                return Outcome.ok(action.execute(client, plan));
            } catch (ActionRejected e) {
                return Outcome.badRequest(e.getMessage());
            }
        }));
    }
}
