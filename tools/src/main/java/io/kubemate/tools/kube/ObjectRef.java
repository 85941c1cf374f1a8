package io.kubemate.tools.kube;

/** A pointer to one object. */
public record ObjectRef(ResourceKind kind, String namespace, String name) {

    @Override
    public String toString() {
        return kind.label() + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
