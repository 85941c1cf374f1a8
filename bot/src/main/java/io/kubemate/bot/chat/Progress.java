package io.kubemate.bot.chat;

/**
 * Where a long turn reports what it is doing ("checking alerts in trade…"), for platforms that can show it
 * while the person waits. Reports are best effort: a listener that fails must not fail the turn.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = step -> { };

    void step(String text);

    /**
     * Whether the single read of a router turn is worth reporting too: yes where a line in place of "working…" costs
     * nothing (the console's stream); no on chat platforms, where it would be one more message for a quick answer.
     */
    default boolean wantsRouterSteps() {
        return false;
    }

    /** A listener that wants every step, router turns included. */
    static Progress everyStep(Progress steps) {
        return new Progress() {
            @Override
            public void step(String text) {
                steps.step(text);
            }

            @Override
            public boolean wantsRouterSteps() {
                return true;
            }
        };
    }
}
