package io.kubemate.tools.kube;

/** One object in a listing. */
public record ObjectRow(String namespace, String name, String status, String detail, String age) {
}
