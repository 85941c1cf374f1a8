package io.kubemate.bot.inspect;

/** A rendered report to download, upload or write: its file name, media type and content. */
public record ReportFile(String filename, String mediaType, byte[] content) {
}
