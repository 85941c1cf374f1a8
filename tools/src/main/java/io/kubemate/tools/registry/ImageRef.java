package io.kubemate.tools.registry;

import java.util.Optional;

/**
 * A container image reference split as the container runtime reads it: {@code nginx} is
 * {@code docker.io/library/nginx:latest}; the first part is a registry host only when it has a dot or a port or is
 * {@code localhost}.
 */
public record ImageRef(String host, String repository, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";

    public static Optional<ImageRef> parse(String image) {
        if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String host = DOCKER_HUB;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                host = first;
                rest = rest.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (host.equals(DOCKER_HUB) && !rest.contains("/")) {
            rest = "library/" + rest;
        }
        return Optional.of(new ImageRef(host, rest, tag == null && digest == null ? "latest" : tag, digest));
    }

    /** The tag, else the digest: what the registry is asked for. */
    public String reference() {
        return tag != null ? tag : digest;
    }
}
