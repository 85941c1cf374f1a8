package io.kubemate.tools.diagnose.checks;

/** An image reference split as the container runtime reads it: registry host, repository, tag or digest. */
record ImageReference(String registry, String repository, String tag) {

    static ImageReference parse(String image) {
        String rest = image == null ? "" : image.trim();
        String registry = "docker.io";
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        String tag = "latest";
        int at = rest.indexOf('@');
        if (at >= 0) {
            tag = rest.substring(at + 1);
            rest = rest.substring(0, at);
        } else {
            int colon = rest.lastIndexOf(':');
            if (colon > rest.lastIndexOf('/')) {
                tag = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
            }
        }
        return new ImageReference(registry, rest, tag);
    }
}
