package io.kubemate.bot.proposal;

import java.util.List;
import java.util.regex.Pattern;

/** Namespace patterns in configuration: {@code *} matches any run of characters, everything else literally. */
final class NamespaceGlob {

    private NamespaceGlob() {
    }

    /** True when {@code globs} is empty (no restriction) or one of them matches {@code namespace}. */
    static boolean covers(List<String> globs, String namespace) {
        if (globs == null || globs.isEmpty()) {
            return true;
        }
        return namespace != null && globs.stream().anyMatch(glob -> matches(glob, namespace));
    }

    static boolean matches(String glob, String namespace) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.trim().split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.matches(regex.toString(), namespace);
    }
}
