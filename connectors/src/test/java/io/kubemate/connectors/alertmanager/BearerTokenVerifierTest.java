package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class BearerTokenVerifierTest extends RequestVerifierContract {

    @Override
    protected RequestVerifier verifier() {
        return new BearerTokenVerifier("am-webhook-token-5f2e");
    }

    @Override
    protected Signed genuine(byte[] body) {
        return new Signed(body, RequestHeaders.of("Authorization", "Bearer am-webhook-token-5f2e"));
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return new Signed(body, RequestHeaders.of("Authorization", "Bearer am-webhook-token-5f2f"));
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
    void the_hook_is_off_when_no_token_is_configured() {
        var off = assertInstanceOf(Verification.Rejected.class, new BearerTokenVerifier("").verify(BODY, RequestHeaders.of()));
        org.junit.jupiter.api.Assertions.assertEquals(Verification.Reason.UNAVAILABLE, off.reason());
    }
}
