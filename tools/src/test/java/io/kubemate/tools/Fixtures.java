package io.kubemate.tools;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;
import io.kubemate.tools.sandbox.SandboxCluster;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test fixtures: sandbox clusters made from the YAML under src/test/resources/clusters. */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The shop cluster: pods in every state the analyzers know, with logs for the crashing one. */
    public static ClusterAccess shopCluster() {
        try {
            return SandboxCluster.start(resource("clusters/pods"), resource("clusters/pods-logs"));
        } catch (ManifestException e) {
            throw new IllegalStateException(e);
        }
    }
}
