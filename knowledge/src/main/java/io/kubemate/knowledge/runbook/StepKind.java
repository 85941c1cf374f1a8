package io.kubemate.knowledge.runbook;

/** What a guided run does with a step: run a read tool, propose an action, or show the text. */
public enum StepKind {
    TOOL, ACTION, PROSE
}
