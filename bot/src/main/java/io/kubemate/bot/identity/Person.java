package io.kubemate.bot.identity;

import io.kubemate.tools.kube.Subject;

import java.util.List;

/** A chat user as Kubemate knows them: their Kubernetes subject and what their Kubemate roles grant. */
public record Person(String chatUser, String displayName, Subject subject, List<Grant> grants, boolean disabled) {

    public Person {
        grants = List.copyOf(grants);
    }

    public boolean may(String code, String namespace) {
        return Grant.anyAllows(grants, code, namespace);
    }
}
