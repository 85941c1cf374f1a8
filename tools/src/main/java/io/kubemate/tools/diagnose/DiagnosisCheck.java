package io.kubemate.tools.diagnose;

/**
 * One piece of reasoning over what a diagnosis gathered (often across two objects: a Service and the pods it should
 * select, a probe and its container's ports). Implementations are beans; the diagnoser runs every one it is given,
 * so adding a check touches one class and its test.
 */
public interface DiagnosisCheck {

    Verdict check(Scene scene);
}
