package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;

/** Somewhere a scheduled report can be posted. Each chat platform adds one. */
public interface ReportChannel {

    /** True when this channel handles addresses like {@code channel} (e.g. {@code web:ops-daily}). */
    boolean accepts(String channel);

    /** Posts {@code markdown}, the report worded in the schedule's {@code language}; {@code report} is what it says. */
    void post(String channel, String title, String markdown, TrackedReport report, Language language);
}
