package io.kubemate.bot.inspect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats an inspection report is filed in, each with its file extension and media type. */
public enum ReportFormat {
    HTML("html", "text/html; charset=utf-8"),
    MARKDOWN("md", "text/markdown; charset=utf-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By its extension ({@code html}, {@code md}, {@code json}), case-insensitive. */
    public static Optional<ReportFormat> of(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }

    /** "html, md or json", for a refusal of an unknown format. */
    public static String choices() {
        String all = Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
