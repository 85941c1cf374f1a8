package io.kubemate.tools.inspect;

/** How urgent a finding is; declared order is most urgent first. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
