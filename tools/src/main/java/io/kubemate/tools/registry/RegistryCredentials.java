package io.kubemate.tools.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How to authenticate artifact reads at a registry: the {@code Authorization} header, read when asked (a Secret may rotate). */
@FunctionalInterface
public interface RegistryCredentials {

    /** The header's value, or empty to read anonymously. Never logged nor shown. */
    Optional<String> authorization();

    static RegistryCredentials none() {
        return Optional::empty;
    }

    /** HTTP basic authentication with a user and password (or a robot account's token). */
    static RegistryCredentials basic(String username, String password) {
        String header = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return () -> Optional.of(header);
    }
}
