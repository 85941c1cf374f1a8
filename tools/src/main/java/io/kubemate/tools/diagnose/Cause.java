package io.kubemate.tools.diagnose;

import java.util.List;

/**
 * One stated cause: its class, the facts its sentence names ({@code args}, in the order of the message template),
 * the evidence that proves it (log lines, events, the fields of the two objects that disagree), the runbook and
 * how strongly it explains the trouble ({@link #rank}: higher is stated first).
 */
public record Cause(CauseKind kind, List<String> args, List<String> evidence, String runbook, int rank) {

    /** Two objects disagree, or the cluster said exactly what is wrong. */
    public static final int PROVEN = 90;
    /** A failing container said why in its log. */
    public static final int LOGGED = 70;
    /** A state that explains the symptom without saying why. */
    public static final int STATE = 50;
    /** Worth knowing, but not the likely cause alone. */
    public static final int HINT = 30;

    public Cause {
        args = List.copyOf(args);
        evidence = List.copyOf(evidence);
    }

    /** A cause of {@code kind} with its class's runbook. */
    public static Cause of(CauseKind kind, int rank, List<String> args, List<String> evidence) {
        return new Cause(kind, args, evidence, kind.runbook(), rank);
    }
}
