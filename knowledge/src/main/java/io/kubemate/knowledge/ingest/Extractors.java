package io.kubemate.knowledge.ingest;

import io.kubemate.knowledge.markdown.MarkdownExtractor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Chooses the extractor by file name and detected media type; refuses binary junk and unsupported types. */
public final class Extractors {

    private static final Set<String> OFFICE = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice-protected",
            "application/rtf",
            "text/plain");

    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    // Tika's parser registry (with POI and PDFBox, some thousand classes) is made for the first document that needs it:
    // Markdown runbooks and web pages never do.
    private volatile TikaExtractor tika;

    public ParsedDocument extract(SourceDocument doc) throws SkippedException {
        String name = doc.name().toLowerCase(Locale.ROOT);
        String type = doc.mediaType() == null ? "" : doc.mediaType().toLowerCase(Locale.ROOT);
        String title = stem(doc.name());
        ParsedDocument parsed;
        if (name.endsWith(".md") || name.endsWith(".markdown") || type.equals("text/markdown") || type.equals("text/x-web-markdown")) {
            parsed = markdown.extract(doc.source(), title, text(doc));
        } else if (name.endsWith(".html") || name.endsWith(".htm") || type.equals("text/html") || type.equals("application/xhtml+xml")) {
            parsed = html.extract(doc.source(), title, text(doc));
        } else if (OFFICE.contains(type) || type.startsWith("text/")) {
            if (type.startsWith("text/")) {
                requireNoNulls(doc.bytes());
            }
            parsed = tika().extract(doc.source(), title, doc.bytes());
        } else {
            throw new SkippedException("not a supported document type (" + (type.isEmpty() ? "unknown" : type) + ")");
        }
        if (!parsed.hasText()) {
            throw new SkippedException("no text found");
        }
        return parsed;
    }

    /** Whether Tika has been loaded, by a document only it reads. */
    boolean tikaLoaded() {
        return tika != null;
    }

    private TikaExtractor tika() {
        TikaExtractor ready = tika;
        if (ready == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new TikaExtractor();
                }
                ready = tika;
            }
        }
        return ready;
    }

    /** UTF-8 text, refusing binary content that merely carries a text file's name. */
    private static String text(SourceDocument doc) throws SkippedException {
        byte[] bytes = doc.bytes();
        requireNoNulls(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SkippedException("binary content or not UTF-8 text");
        }
    }

    private static void requireNoNulls(byte[] bytes) throws SkippedException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new SkippedException("binary content, not text");
            }
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
