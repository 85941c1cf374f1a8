package io.kubemate.knowledge.ingest;

import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Reads a file or fetches a URL into a {@link SourceDocument}, refusing what is too large or unreachable. */
public final class DocumentReader {

    /** Text formats known by their name: the extractors read these without Tika. */
    private static final Map<String, String> TEXT_NAMES = Map.of(".md", "text/x-web-markdown", ".markdown", "text/x-web-markdown",
            ".html", "text/html", ".htm", "text/html", ".txt", "text/plain");

    private final IngestOptions options;
    // Tika's facade makes its whole parser registry (POI, PDFBox: some thousand classes), so only a file that needs
    // detection by content makes it, not a folder of Markdown runbooks
    private volatile Tika tika;
    private final HttpClient http;

    public DocumentReader(IngestOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(options.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public SourceDocument read(Path file, String source) throws SkippedException {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                throw tooLarge(size);
            }
            return read(file.getFileName().toString(), Files.readAllBytes(file), source);
        } catch (IOException e) {
            throw new SkippedException("cannot be read: " + e.getMessage(), e);
        }
    }

    /** A document already in memory, named {@code name} (its type is known by the name, or found from the bytes). */
    public SourceDocument read(String name, byte[] bytes, String source) throws SkippedException {
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(bytes.length);
        }
        return new SourceDocument(source, name, bytes, detect(bytes, name));
    }

    private SkippedException tooLarge(long size) {
        return new SkippedException("larger than the limit of " + megabytes(options.maxBytes()) + " (" + megabytes(size) + ")");
    }

    public SourceDocument fetch(String url) throws SkippedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new SkippedException("not a valid URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.fetchTimeout()).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SkippedException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                if (bytes.length > options.maxBytes()) {
                    throw new SkippedException("larger than the limit of " + megabytes(options.maxBytes()));
                }
                String name = name(uri);
                String type = response.headers().firstValue("Content-Type").map(t -> t.replaceFirst(";.*", "").strip())
                        .orElseGet(() -> detect(bytes, name));
                return new SourceDocument(url, name, bytes, type);
            }
        } catch (HttpConnectTimeoutException e) {
            throw new SkippedException("unreachable: no connection within " + options.fetchTimeout().toSeconds() + "s");
        } catch (HttpTimeoutException e) {
            throw new SkippedException("no answer within " + options.fetchTimeout().toSeconds() + "s");
        } catch (ConnectException | UnknownHostException e) {
            throw new SkippedException("unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (IOException e) {
            throw new SkippedException("cannot be fetched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SkippedException("interrupted");
        }
    }

    /** Whether Tika's facade has been made, by a file only it can type. */
    boolean tikaLoaded() {
        return tika != null;
    }

    /** Text formats are known by their name (their content is checked for binary junk later); others by content. */
    private String detect(byte[] bytes, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TEXT_NAMES.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> tika().detect(bytes, name));
    }

    private Tika tika() {
        Tika ready = tika;
        if (ready == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new Tika();
                }
                ready = tika;
            }
        }
        return ready;
    }

    private static String name(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? uri.getHost() : last;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
