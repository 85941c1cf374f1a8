package io.kubemate.connectors.mattermost;

import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.FormBody;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slash commands and outgoing webhooks carry the token Mattermost generated for them, in the {@code token} form
 * field and (slash commands) in {@code Authorization: Token …}. It is compared in constant time with each
 * configured server's tokens; the server whose token matched is the request's workspace.
 */
public final class MattermostTokenVerifier implements RequestVerifier {

    private final Map<String, java.util.List<String>> tokens;

    /** {@code tokens}: server name → the slash command and outgoing webhook tokens configured for it. */
    public MattermostTokenVerifier(Map<String, java.util.List<String>> tokens) {
        this.tokens = new LinkedHashMap<>(tokens);
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Optional<String> token = headers.first("Authorization").filter(h -> h.startsWith("Token "))
                .map(h -> h.substring("Token ".length()).trim())
                .or(() -> Optional.ofNullable(FormBody.parse(rawBody).get("token")));
        if (token.isEmpty() || token.get().isBlank()) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS, "no Mattermost token in the request");
        }
        String matched = null;
        for (Map.Entry<String, java.util.List<String>> server : tokens.entrySet()) {
            for (String expected : server.getValue()) {
                if (ConstantTime.equals(expected, token.get()) && matched == null) {
                    matched = server.getKey();
                }
            }
        }
        return matched == null ? Verification.rejected(Verification.Reason.BAD_TOKEN, "Mattermost token does not match any configured token")
                : Verification.verified(matched);
    }
}
