package io.kubemate.bot.observe;

import io.kubemate.tools.metrics.MetricShortcuts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The metrics shortcut templates: the file named by {@code kubemate.tools.metric-shortcuts} when set (read at start,
 * so a change needs a restart, not a rebuild), else the bundled {@code prompts/metrics/shortcuts.yaml}. A file that
 * cannot be read or parsed stops the start with its path and the reason.
 */
@Factory
public class MetricShortcutsSource {

    static final String BUNDLED = "prompts/metrics/shortcuts.yaml";

    @Singleton
    MetricShortcuts shortcuts(ToolsProperties properties) {
        return load(properties.metricShortcuts());
    }

    public static MetricShortcuts load(String file) {
        if (file == null || file.isBlank()) {
            try (InputStream in = MetricShortcutsSource.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the classpath (the prompts module)");
                }
                return MetricShortcuts.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return MetricShortcuts.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("kubemate.tools.metric-shortcuts: cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("kubemate.tools.metric-shortcuts: " + file + " is not a shortcuts file: " + e.getMessage(), e);
        }
    }
}
