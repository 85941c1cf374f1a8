package io.kubemate.connectors.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply in platform-neutral form; each platform's {@link Renderer} turns it into its own payload.
 * {@code sections} are Markdown (CommonMark) paragraphs; renderers translate to the platform's dialect.
 */
public record OutboundMessage(String title, List<String> sections, List<Field> fields, List<CodeBlock> codeBlocks,
                             List<Evidence> evidence, List<Source> sources, List<Button> buttons, List<Attachment> attachments) {

    /**
     * A file posted after the text on platforms that take uploads (a chart as a PNG, a report as an HTML page); the
     * others leave it out, so the text must already say what it holds or where else to get it.
     */
    public record Attachment(String title, String filename, String mediaType, byte[] content) {

        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** A short label and value shown side by side where the platform can. */
    public record Field(String label, String value) {
    }

    /** Preformatted text; {@code language} may be empty. */
    public record CodeBlock(String language, String text) {
    }

    /** Lines that show something, and where they come from. */
    public record Evidence(String title, String source, List<String> lines) {

        public Evidence {
            lines = List.copyOf(lines);
        }
    }

    /** A cited document or page; {@code url} may be null. */
    public record Source(String title, String url) {
    }

    public OutboundMessage {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
        codeBlocks = List.copyOf(codeBlocks);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        buttons = List.copyOf(buttons);
        attachments = List.copyOf(attachments);
    }

    public OutboundMessage(String title, List<String> sections, List<Field> fields, List<CodeBlock> codeBlocks,
                           List<Evidence> evidence, List<Source> sources, List<Button> buttons) {
        this(title, sections, fields, codeBlocks, evidence, sources, buttons, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text of the message without buttons, as CommonMark: for platforms with one text field and for fallbacks.
     * Title and fields may carry alert labels, so they are defanged; code and evidence are fenced so that their
     * text cannot close the fence.
     */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) {
            out.append("**").append(LiteralText.defang(title)).append("**\n\n");
        }
        sections.forEach(s -> out.append(s).append("\n\n"));
        fields.forEach(f -> out.append("**").append(LiteralText.defang(f.label())).append(":** ").append(LiteralText.defang(f.value())).append('\n'));
        if (!fields.isEmpty()) {
            out.append('\n');
        }
        codeBlocks.forEach(c -> out.append(LiteralText.fence(c.language(), c.text())).append("\n\n"));
        for (Evidence e : evidence) {
            out.append("**").append(LiteralText.defang(e.title())).append("** (").append(LiteralText.defang(e.source())).append(")\n")
                    .append(LiteralText.fence("", String.join("\n", e.lines()))).append("\n\n");
        }
        sources.forEach(s -> out.append("- ").append(s.url() == null ? LiteralText.defang(s.title())
                : "[" + LiteralText.linkText(s.title()) + "](" + s.url() + ")").append('\n'));
        return out.toString().strip();
    }

    /** Collects the parts in order; everything but the title is optional. */
    public static final class Builder {
        private String title;
        private final List<String> sections = new ArrayList<>();
        private final List<Field> fields = new ArrayList<>();
        private final List<CodeBlock> codeBlocks = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Button> buttons = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder section(String markdown) {
            sections.add(markdown);
            return this;
        }

        public Builder field(String label, String value) {
            fields.add(new Field(label, value));
            return this;
        }

        public Builder code(String language, String text) {
            codeBlocks.add(new CodeBlock(language, text));
            return this;
        }

        public Builder evidence(String title, String source, List<String> lines) {
            evidence.add(new Evidence(title, source, lines));
            return this;
        }

        public Builder source(String title, String url) {
            sources.add(new Source(title, url));
            return this;
        }

        public Builder button(Button button) {
            buttons.add(button);
            return this;
        }

        public Builder image(String title, String filename, byte[] png) {
            return attachment(title, filename, "image/png", png);
        }

        public Builder attachment(String title, String filename, String mediaType, byte[] content) {
            attachments.add(new Attachment(title, filename, mediaType, content));
            return this;
        }

        public OutboundMessage build() {
            return new OutboundMessage(title, sections, fields, codeBlocks, evidence, sources, buttons, attachments);
        }
    }
}
