package io.kubemate.tools.actions;

/**
 * One Kubernetes permission a change needs, in SelfSubjectAccessReview terms, so the bot can ask the API
 * server before it offers Confirm and say plainly what is missing.
 */
public record AccessCheck(String verb, String group, String resource, String subresource, String namespace, String name) {

    public static AccessCheck patch(String group, String resource, String namespace, String name) {
        return new AccessCheck("patch", group, resource, null, namespace, name);
    }

    /** "patch deployments.apps/ledger-api in namespace payments" */
    public String describe() {
        String what = resource + (group == null || group.isEmpty() ? "" : "." + group)
                + (subresource == null ? "" : "/" + subresource) + (name == null ? "" : " " + name);
        return verb + " " + what + (namespace == null ? "" : " in namespace " + namespace);
    }
}
