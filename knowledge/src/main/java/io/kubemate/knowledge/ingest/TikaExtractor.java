package io.kubemate.knowledge.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * PDF, Word, PowerPoint and plain text through Apache Tika. Tika's XHTML keeps the headings and tables of
 * Office files, so the result goes through the same {@link HtmlExtractor} as web pages.
 */
public final class TikaExtractor {

    private static final int MAX_TEXT_CHARS = 20_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final HtmlExtractor html = new HtmlExtractor();

    public ParsedDocument extract(String source, String fallbackTitle, byte[] bytes) throws SkippedException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fallbackTitle);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, new WriteOutContentHandler(xhtml, MAX_TEXT_CHARS), metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new SkippedException("password-protected or encrypted document", e);
        } catch (TikaException | SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new SkippedException("more than " + MAX_TEXT_CHARS + " characters of text", e);
            }
            throw new SkippedException("cannot be parsed as " + type(metadata) + ": " + oneLine(e), e);
        } catch (IOException e) {
            throw new SkippedException("cannot be read: " + oneLine(e), e);
        } catch (RuntimeException e) {
            // Parsers of damaged files throw all sorts of unchecked exceptions; one bad file must not stop a batch.
            throw new SkippedException("damaged " + type(metadata) + ": " + oneLine(e), e);
        }
        ParsedDocument parsed = html.extract(source, fallbackTitle, xhtml.toString());
        String title = metadata.get(TikaCoreProperties.TITLE);
        return title == null || title.isBlank() ? new ParsedDocument(source, fallbackTitle, parsed.metadata(), parsed.blocks())
                : new ParsedDocument(source, title.strip(), parsed.metadata(), parsed.blocks());
    }

    private static String type(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "a document" : type.replaceFirst(";.*", "");
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
