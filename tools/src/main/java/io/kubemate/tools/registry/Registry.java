package io.kubemate.tools.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One image registry the inspection checks: Harbor or a plain registry (Distribution API v2). The credentials are for
 * reading artifacts (the image age); they are never shown ({@link #toString()} leaves them out).
 */
public record Registry(String name, URI url, Kind kind, String imageHost, RegistryCredentials credentials, Duration timeout) {

    public enum Kind {
        HARBOR, REGISTRY;

        public static Optional<Kind> named(String name) {
            if (name == null) {
                return Optional.of(REGISTRY);
            }
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "harbor" -> Optional.of(HARBOR);
                case "registry", "" -> Optional.of(REGISTRY);
                default -> Optional.empty();
            };
        }
    }

    /**
     * The host (and port) images name when they are pulled from here: {@code imageHost} when configured (the
     * registry is reached at an in-cluster address while images name its public one), else the URL's.
     */
    public String host() {
        if (imageHost != null && !imageHost.isBlank()) {
            return imageHost.trim().toLowerCase(Locale.ROOT);
        }
        return (url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort()).toLowerCase(Locale.ROOT);
    }

    public Registry {
        credentials = credentials == null ? RegistryCredentials.none() : credentials;
    }

    @Override
    public String toString() {
        return "Registry[" + name + " " + kind + " " + url + "]";
    }
}
