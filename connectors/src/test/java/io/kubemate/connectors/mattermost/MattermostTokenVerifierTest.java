package io.kubemate.connectors.mattermost;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class MattermostTokenVerifierTest extends RequestVerifierContract {

    private static final String TOKEN = "xr3j5x3p4pfk7kfbq1uh3ma5mw";

    @Override
    protected RequestVerifier verifier() {
        return new MattermostTokenVerifier(Map.of("ops", List.of(TOKEN, "outgoing-webhook-token-1")));
    }

    @Override
    protected Signed genuine(byte[] body) {
        return new Signed(body, RequestHeaders.of("Authorization", "Token " + TOKEN));
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return new Signed(body, RequestHeaders.of("Authorization", "Token xr3j5x3p4pfk7kfbq1uh3ma5mX"));
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.empty();
    }

    @Override
    protected boolean signsTheBody() {
        return false;
    }

    @Test
    void accepts_the_token_of_an_outgoing_webhook_in_the_form() {
        byte[] form = "token=outgoing-webhook-token-1&team_id=t1&channel_id=c1&user_id=u1&post_id=p1&text=kubemate+%2Falerts&trigger_word=kubemate"
                .getBytes(StandardCharsets.UTF_8);
        Verification.Verified verified = assertInstanceOf(Verification.Verified.class, verifier().verify(form, RequestHeaders.of()));
        assertEquals("ops", verified.account());
    }
}
