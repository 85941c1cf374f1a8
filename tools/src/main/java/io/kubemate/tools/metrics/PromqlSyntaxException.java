package io.kubemate.tools.metrics;

/** PromQL text the scope check cannot read, with the character position (from 1) where reading stopped. */
public final class PromqlSyntaxException extends IllegalArgumentException {

    public PromqlSyntaxException(String problem, int position) {
        super(problem + " at character " + (position + 1));
    }
}
