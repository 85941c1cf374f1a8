package io.kubemate.tools.outcome;

/**
 * What a tool call produced. Callers switch over the cases instead of parsing messages.
 */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    /** The call worked but found nothing to show (no such object, no logs). */
    record NoData<T>(String reason) implements Outcome<T> {
    }

    /** The backend refused the caller's identity. */
    record Forbidden<T>(String reason) implements Outcome<T> {
    }

    record Failure<T>(FailureKind kind, String reason) implements Outcome<T> {
    }

    enum FailureKind {
        /** The backend could not be reached or timed out. */
        UNAVAILABLE,
        /** The request itself was wrong (unknown kind, bad argument). */
        BAD_REQUEST,
        /** Anything else the backend answered with. */
        BACKEND_ERROR
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> noData(String reason) {
        return new NoData<>(reason);
    }

    static <T> Outcome<T> badRequest(String reason) {
        return new Failure<>(FailureKind.BAD_REQUEST, reason);
    }
}
