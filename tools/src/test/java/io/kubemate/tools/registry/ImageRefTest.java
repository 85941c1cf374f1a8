package io.kubemate.tools.registry;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageRefTest {

    @Test
    void reads_references_as_the_container_runtime_does() {
        assertEquals(Optional.of(new ImageRef("docker.io", "library/nginx", "latest", null)), ImageRef.parse("nginx"));
        assertEquals(Optional.of(new ImageRef("docker.io", "bitnami/redis", "7.2", null)), ImageRef.parse("bitnami/redis:7.2"));
        assertEquals(Optional.of(new ImageRef("harbor.example.com:5000", "ai/chat-web", "2.4.1", null)),
                ImageRef.parse("harbor.example.com:5000/ai/chat-web:2.4.1"));
        assertEquals(Optional.of(new ImageRef("localhost", "dev/app", null, "sha256:abc")), ImageRef.parse("localhost/dev/app@sha256:abc"));
        assertEquals(Optional.empty(), ImageRef.parse("has space:1"));
    }
}
