package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateChangesTest {

    private static PodTemplateSpec template(String timeout, String password) {
        return new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("api").withImage("reg/app:1")
                .addNewEnv().withName("PAYMENT_GATEWAY_TIMEOUT").withValue(timeout).endEnv()
                .addNewEnv().withName("DB_PASSWORD").withValue(password).endEnv()
                .endContainer().endSpec().build();
    }

    @Test
    void a_rollback_diff_shows_plain_env_changes_and_the_redactor_masks_secret_ones() {
        PodTemplateSpec running = template("30x", "Xq7-running-s3cret-Pw");
        PodTemplateSpec target = template("30s", "Vb2-target-s3cret-Pw");
        Redactor redactor = new Redactor();
        PodTemplateSpec a = TemplateChanges.masked(running, redactor);
        PodTemplateSpec b = TemplateChanges.masked(target, redactor);
        String shown = TemplateChanges.summary(TemplateChanges.fields(a, b)) + "\n```diff\n"
                + TemplateChanges.unified(a, b, "running", "target") + "\n```";

        assertTrue(shown.contains("30x") && shown.contains("30s"), shown);
        assertFalse(shown.contains("running-s3cret") || shown.contains("target-s3cret"), shown);
        assertTrue(shown.contains("spec.containers[api].env[DB_PASSWORD].value: **** (sha256:"), "the change still shows: " + shown);
    }
}
