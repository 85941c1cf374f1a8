package io.kubemate.bot.inspect;

/** Where a finding stands against the previous run of the same scope. */
public enum FindingStatus {
    NEW, RECURRING
}
