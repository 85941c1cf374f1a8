package io.kubemate.bot.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A report that comes with a reply as a file: uploaded where the platform takes files, else reached at {@code url}
 * (the console's download, relative to the console) — the content itself never goes into the JSON reply.
 */
public record ReportDownload(String title, String filename, String mediaType, String url, @JsonIgnore byte[] content) {
}
