package io.kubemate.bot.cli;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.knowledge.store.StoreException;
import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import picocli.CommandLine;

/**
 * Failures on the command line print one line on stderr, never a stack trace: exit 2 for bad input,
 * 3 when a backend (the cluster, Redis, the knowledge index) is unavailable, 1 for anything else.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int UNAVAILABLE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parseResult) {
        Throwable cause = unwrap(e);
        line.getErr().println("error: " + firstLine(cause.getMessage()));
        return switch (cause) {
            case ManifestException m -> BAD_INPUT;
            case ChatFailure f -> f.kind() == ChatFailure.Kind.BACKEND_UNAVAILABLE ? UNAVAILABLE : BAD_INPUT;
            case ConfigurationException c -> BAD_INPUT;
            case StoreException s -> UNAVAILABLE;
            default -> 1;
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof BeanInstantiationException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String message) {
        return message == null ? "unexpected failure" : message.lines().findFirst().orElse(message);
    }
}
