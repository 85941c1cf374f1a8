package io.kubemate.tools.outcome;

import java.util.Optional;

/**
 * What a tool call produced. Callers switch over the cases instead of parsing messages. A refusal carries its
 * English text ({@code reason}) and, where the tool gave one, the {@link Reason} to show it in the person's language.
 */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    /** The call worked but found nothing to show (no such object, no logs). */
    record NoData<T>(String reason, Reason why) implements Outcome<T>, Refusal {
        public NoData(String reason) {
            this(reason, null);
        }
    }

    /** The backend refused the caller's identity. */
    record Forbidden<T>(String reason, Reason why) implements Outcome<T>, Refusal {
        public Forbidden(String reason) {
            this(reason, null);
        }
    }

    record Failure<T>(FailureKind kind, String reason, Reason why) implements Outcome<T>, Refusal {
        public Failure(FailureKind kind, String reason) {
            this(kind, reason, null);
        }
    }

    /** Any outcome that is not a value: its English text and, when known, its localisable reason. */
    interface Refusal {
        String reason();

        Reason why();

        default Optional<Reason> localisable() {
            return Optional.ofNullable(why());
        }
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

    static <T> Outcome<T> noData(Reason why) {
        return new NoData<>(why.english(), why);
    }

    static <T> Outcome<T> forbidden(Reason why) {
        return new Forbidden<>(why.english(), why);
    }

    static <T> Outcome<T> badRequest(String reason) {
        return new Failure<>(FailureKind.BAD_REQUEST, reason);
    }

    static <T> Outcome<T> badRequest(Reason why) {
        return new Failure<>(FailureKind.BAD_REQUEST, why.english(), why);
    }

    /** A refusal of one type passed on as the refusal of another, keeping its kind and reasons. */
    static <T> Outcome<T> passOn(Refusal refusal) {
        return switch (refusal) {
            case NoData<?> n -> new NoData<>(n.reason(), n.why());
            case Forbidden<?> f -> new Forbidden<>(f.reason(), f.why());
            case Failure<?> f -> new Failure<>(f.kind(), f.reason(), f.why());
            default -> throw new IllegalArgumentException("not a refusal: " + refusal);
        };
    }
}
