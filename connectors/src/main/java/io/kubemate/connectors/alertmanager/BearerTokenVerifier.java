package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>} as Alertmanager's {@code http_config.authorization} sends it, compared in
 * constant time. Without a configured token every request is accepted (the endpoint is then for trusted networks).
 */
public final class BearerTokenVerifier implements RequestVerifier {

    private final String token;

    public BearerTokenVerifier(String token) {
        this.token = token == null || token.isBlank() ? null : token;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        if (token == null) {
            return Verification.verified("alertmanager");
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
