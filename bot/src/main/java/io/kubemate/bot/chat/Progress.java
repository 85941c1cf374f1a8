package io.kubemate.bot.chat;

/**
 * Where a long turn reports what it is doing ("checking alerts in trade…"), for platforms that can show it
 * while the person waits. Reports are best effort: a listener that fails must not fail the turn.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = step -> { };

    void step(String text);
}
