package io.kubemate.bot.router.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An alert name in a message: a CamelCase word such as {@code KubePodCrashLooping} or {@code HighLatency}. */
public final class AlertNames {

    private static final Pattern CAMEL = Pattern.compile("(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?![A-Za-z0-9_])");
    /** Kubernetes states and kinds are CamelCase too but name no alert. */
    private static final Set<String> NOT_ALERTS = Set.of("CrashLoopBackOff", "OOMKilled", "NotReady", "ImagePullBackOff",
            "ErrImagePull", "CronJob", "StatefulSet", "DaemonSet", "ReplicaSet", "ConfigMap", "PromQL", "LogQL", "ContainerCreating");

    private AlertNames() {
    }

    public static Optional<String> find(String message) {
        Matcher m = CAMEL.matcher(message);
        while (m.find()) {
            String word = m.group(1);
            if (isCamel(word) && !NOT_ALERTS.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** An upper-case letter after a lower-case one or inside the word: two joined words at least. */
    private static boolean isCamel(String word) {
        if (word.length() < 5) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
