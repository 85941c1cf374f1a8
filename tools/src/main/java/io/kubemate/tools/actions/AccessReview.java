package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks the API server, as the person (the client impersonates them), whether they may make each change a plan
 * needs: a SelfSubjectAccessReview per check. The answer is the API server's RBAC, not the bot's opinion.
 */
public final class AccessReview {

    private AccessReview() {
    }

    /** The checks the API server does not allow for the client's identity; empty when all are allowed. */
    public static List<AccessCheck> denied(KubernetesClient asUser, List<AccessCheck> checks) {
        List<AccessCheck> denied = new ArrayList<>();
        for (AccessCheck check : checks) {
            SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
                    .withVerb(check.verb()).withGroup(check.group()).withResource(check.resource())
                    .withSubresource(check.subresource()).withNamespace(check.namespace()).withName(check.name())
                    .endResourceAttributes().endSpec().build();
            SelfSubjectAccessReview answer = asUser.authorization().v1().selfSubjectAccessReview().create(review);
            boolean allowed = answer != null && answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
            if (!allowed) {
                denied.add(check);
            }
        }
        return denied;
    }
}
