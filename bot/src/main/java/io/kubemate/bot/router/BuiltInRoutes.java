package io.kubemate.bot.router;

import java.util.Set;

/**
 * The routes the router knows that are not tools: the chat answers them itself. Phrasings and examples may name them
 * as they name tools ({@link RouterDataCheck} accepts these names and the catalog's).
 */
public final class BuiltInRoutes {

    /** {@code /help}, and any command no tool has. */
    public static final String HELP = "help";
    /** {@code /ignore <fingerprint> [reason]}: an inspection finding no longer reported. */
    public static final String IGNORE_FINDING = "inspect_ignore";
    /** {@code /inspect export [namespace] [html|md]}: runs {@code inspect} and files its report with the reply. */
    public static final String EXPORT_INSPECTION = "inspect_export";

    public static final Set<String> ALL = Set.of(HELP, IGNORE_FINDING, EXPORT_INSPECTION);

    private BuiltInRoutes() {
    }
}
