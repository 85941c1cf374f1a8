package io.kubemate.bot.toolcall;

import io.kubemate.tools.spec.ToolSpec;

/**
 * A tool that acts on the conversation rather than reading the cluster or proposing a change (a guided runbook run):
 * only its spec is here, so that the router, runbooks and commands know it; the chat service carries it out.
 */
public interface ConversationTool {

    ToolSpec spec();
}
