package io.kubemate.connectors.core;

/**
 * Checks a webhook request before anything reads it: signature or token over the raw bytes exactly as
 * received, and the replay window where the platform sends a timestamp. Implementations compare in constant time.
 */
public interface RequestVerifier {

    Verification verify(byte[] rawBody, RequestHeaders headers);
}
