package io.kubemate.bot.chat;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Says what a tool call is about to do in words a person follows ("querying Prometheus for payments payment-api…"),
 * in their language, to a turn's {@link Progress}; a listener that fails is ignored (progress is best effort).
 */
@Singleton
public final class ProgressReport {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReport.class);

    private final Messages messages;

    public ProgressReport(Messages messages) {
        this.messages = messages;
    }

    public void tool(Progress progress, Language language, String tool, Map<String, ?> args) {
        String target = Stream.of("namespace", "workload", "pod", "target", "name", "kind", "service", "query", "shortcut")
                .map(args::get).filter(Objects::nonNull).map(Object::toString).filter(v -> !v.isBlank())
                .collect(Collectors.joining(" "));
        String key = messages.has(language, "progress.tool." + tool) ? "progress.tool." + tool : "progress.tool";
        try {
            progress.step(messages.get(language, key, tool, target));
        } catch (RuntimeException e) {
            LOG.debug("progress report dropped: {}", e.toString());
        }
    }
}
