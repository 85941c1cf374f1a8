package io.kubemate.bot.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A runbook being walked through in one conversation: which step is current, the variables bound so far, and
 * what happened at each step and who did it. Kept in the state store, so it survives a restart or a move to
 * another replica.
 */
public record GuidedRun(String runbookId, String lang, String conversation, String startedBy, Instant startedAt,
                        Map<String, String> variables, int current, Status status, List<StepLog> log) {

    public enum Status { RUNNING, PAUSED, DONE, ABORTED }

    /** One thing that happened at a step: ran, proposed, refused, done, skipped, back. */
    public record StepLog(int step, String outcome, String by, String detail, Instant at) {
    }

    public GuidedRun {
        variables = new LinkedHashMap<>(variables);
        log = new ArrayList<>(log);
    }

    GuidedRun at(int step, Status newStatus) {
        return new GuidedRun(runbookId, lang, conversation, startedBy, startedAt, variables, step, newStatus, log);
    }

    GuidedRun with(String name, String value) {
        Map<String, String> bound = new LinkedHashMap<>(variables);
        bound.put(name, value);
        return new GuidedRun(runbookId, lang, conversation, startedBy, startedAt, bound, current, status, log);
    }

    GuidedRun logged(StepLog entry) {
        List<StepLog> more = new ArrayList<>(log);
        more.add(entry);
        return new GuidedRun(runbookId, lang, conversation, startedBy, startedAt, variables, current, status, more);
    }

    boolean open() {
        return status == Status.RUNNING || status == Status.PAUSED;
    }
}
