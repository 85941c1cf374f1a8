package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>} as Alertmanager's {@code http_config.authorization} sends it, compared in
 * constant time. Without a configured token the hook is off: every request is refused as unavailable (HTTP 503)
 * with the configuration key to set, since an open hook lets anyone post alerts and their buttons into channels.
 */
public final class BearerTokenVerifier implements RequestVerifier {

    private final String token;

    public BearerTokenVerifier(String token) {
        this.token = token == null || token.isBlank() ? null : token;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        if (token == null) {
            return Verification.rejected(Verification.Reason.UNAVAILABLE,
                    "the Alertmanager hook is off: set kubemate.alertmanager-webhook.bearer-token (and the same token in Alertmanager's "
                            + "http_config.authorization)");
        }
        Optional<String> presented = headers.first("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim());
        if (presented.isEmpty()) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS, "missing Authorization: Bearer header");
        }
        return ConstantTime.equals(token, presented.get()) ? Verification.verified("alertmanager")
                : Verification.rejected(Verification.Reason.BAD_TOKEN, "bearer token does not match");
    }
}
