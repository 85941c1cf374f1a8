package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Secret;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * TLS Secrets whose certificate expires within 30 days (critical within 7 or expired). Only the
 * certificate's subject and dates are reported; Secret data never leaves this class.
 */
@Singleton
public final class CertificateInspection implements Inspection {

    static final Duration WARN = Duration.ofDays(30);
    static final Duration CRITICAL = Duration.ofDays(7);

    @Override
    public String id() {
        return "certificate";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(Secret.class).stream().filter(s -> "kubernetes.io/tls".equals(s.getType())).toList(),
                secret -> check(scope, secret));
    }

    private List<Finding> check(InspectionScope scope, Secret secret) {
        String pem = secret.getData() == null ? null : secret.getData().get("tls.crt");
        if (pem == null || pem.isBlank()) {
            return List.of(Finding.on(secret, Severity.INFO, "certificate-unreadable", Reason.of("finding.certificate-no-crt"), List.of(), null));
        }
        List<X509Certificate> chain;
        try {
            Collection<? extends java.security.cert.Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Base64.getMimeDecoder().decode(pem)));
            chain = certificates.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException | IllegalArgumentException e) {
            return List.of(Finding.on(secret, Severity.INFO, "certificate-unreadable", Reason.of("finding.certificate-unreadable"),
                    List.of(), null));
        }
        if (chain.isEmpty()) {
            return List.of(Finding.on(secret, Severity.INFO, "certificate-unreadable", Reason.of("finding.certificate-empty"), List.of(), null));
        }
        X509Certificate leaf = chain.getFirst();
        Instant notAfter = leaf.getNotAfter().toInstant();
        Duration left = Duration.between(scope.now(), notAfter);
        if (left.compareTo(WARN) > 0) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("subject " + leaf.getSubjectX500Principal().getName());
        evidence.add("not after " + notAfter);
        Reason problem = left.isNegative() ? Reason.of("finding.certificate-expired", notAfter)
                : Reason.of("finding.certificate-expires", Math.max(0, left.toDays()), notAfter);
        return List.of(Finding.on(secret, left.compareTo(CRITICAL) <= 0 ? Severity.CRITICAL : Severity.WARNING,
                "certificate-expiry", problem, evidence, RunbookIds.CERT_RENEWAL));
    }
}
