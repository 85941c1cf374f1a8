package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Issue 18 item 10: the Alertmanager hook accepted posts from anyone when no token was configured. */
class BearerTokenAttackTest {

    private static final byte[] BODY = "{\"status\":\"firing\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void refuses_an_unauthenticated_post_when_no_token_is_configured() {
        assertInstanceOf(Verification.Rejected.class, new BearerTokenVerifier(null).verify(BODY, RequestHeaders.of(Map.of())));
    }

    @Test
    void refuses_any_bearer_when_the_configured_token_is_blank() {
        assertInstanceOf(Verification.Rejected.class, new BearerTokenVerifier("  ").verify(BODY,
                RequestHeaders.of(Map.of("Authorization", List.of("Bearer ")))));
    }
}
