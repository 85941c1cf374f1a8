package io.kubemate.bot.chat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code kubemate.console.*}: where people reach the web console, so replies on chat platforms can link into it.
 *
 * @param publicUrl the console's address as people open it (e.g. {@code https://kubemate.bank.local}); unset, chat
 *                  platforms show citations as text
 */
@ConfigurationProperties("kubemate.console")
public record ConsoleLinks(@Nullable String publicUrl) {

    /** {@code path} (the console's own, from {@code /}) as people open it, when the console's address is known. */
    public Optional<String> link(String path) {
        if (publicUrl == null || publicUrl.isBlank() || path == null) {
            return Optional.empty();
        }
        return Optional.of((publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + path);
    }

    /** The console's page of a cited document, when the console's address is known. */
    public Optional<String> document(String source) {
        if (publicUrl == null || publicUrl.isBlank() || source == null) {
            return Optional.empty();
        }
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return Optional.of(base + "/knowledge/doc?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
    }
}
