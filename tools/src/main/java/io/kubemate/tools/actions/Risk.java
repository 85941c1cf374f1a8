package io.kubemate.tools.actions;

/** How much harm a mistaken call can do; declared by each action. */
public enum Risk {
    READ, WRITE, DESTRUCTIVE
}
