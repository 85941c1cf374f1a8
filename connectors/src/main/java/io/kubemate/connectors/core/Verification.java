package io.kubemate.connectors.core;

/** The result of checking that a request comes from the platform: verified, or rejected with a typed reason. */
public sealed interface Verification {

    /**
     * Why a request was refused; the bot answers 401 with {@link Rejected#detail()}, or 503 for {@code UNAVAILABLE}: what
     * the check needs (the platform's signing keys) could not be fetched, so the platform should deliver again later.
     */
    enum Reason {
        MISSING_CREDENTIALS, BAD_SIGNATURE, BAD_TOKEN, STALE_TIMESTAMP, MALFORMED, UNAVAILABLE
    }

    /** The request is authentic; {@code account} names which configured workspace or token matched. */
    record Verified(String account) implements Verification {
    }

    record Rejected(Reason reason, String detail) implements Verification {
    }

    static Verification verified(String account) {
        return new Verified(account);
    }

    static Verification rejected(Reason reason, String detail) {
        return new Rejected(reason, detail);
    }
}
