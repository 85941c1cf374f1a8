package io.kubemate.bot.toolcall;

/** Where a tool call comes from, which decides how sure the bot must be that the person asked for a change. */
public enum Origin {
    /** An explicit command such as {@code /scale payment-api 3}: the person spelled the change out. */
    COMMAND,
    /** The no-LLM router's reading of free text. */
    ROUTER,
    /** A language model's tool call. */
    MODEL,
    /** A step of a runbook the person is walking through. */
    RUNBOOK
}
