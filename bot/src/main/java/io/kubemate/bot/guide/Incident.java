package io.kubemate.bot.guide;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record of an incident worked in one conversation, for a post-mortem: the runbook run, a timeline of questions,
 * steps and changes (with who), and each step's last outcome. Exported as Markdown ({@link IncidentRecord}) or JSON.
 */
public record Incident(String runbook, String title, String lang, String conversation, String startedBy, Instant startedAt,
                       String status, Map<String, String> variables, List<Entry> timeline, List<StepOutcome> steps) {

    /**
     * One line of the timeline: a question asked, a step moved on, a change proposed, confirmed or executed.
     * {@code thread} names another conversation a change of this incident was executed in (null: this one).
     */
    public record Entry(Instant at, String who, String kind, String what, String thread) {
        public Entry(Instant at, String who, String kind, String what) {
            this(at, who, kind, what, null);
        }
    }

    /** How a step of the runbook ended: done, skipped, ran a tool, proposed, refused… or not reached. */
    public record StepOutcome(int step, String text, String outcome, String by, boolean skipped, boolean reached) {
    }

    public long skippedSteps() {
        return steps.stream().filter(StepOutcome::skipped).count();
    }

    public long unreachedSteps() {
        return steps.stream().filter(s -> !s.reached()).count();
    }
}
