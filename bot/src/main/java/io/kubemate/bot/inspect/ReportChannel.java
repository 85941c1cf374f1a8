package io.kubemate.bot.inspect;

/** Somewhere a scheduled report can be posted. Each chat platform adds one. */
public interface ReportChannel {

    /** True when this channel handles addresses like {@code channel} (e.g. {@code web:ops-daily}). */
    boolean accepts(String channel);

    void post(String channel, String title, TrackedReport report);
}
