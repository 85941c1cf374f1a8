package io.kubemate.bot.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kubemate.bot.chat.Language;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rendering of an inspection report as a file, shared by the HTTP download, the command line and the chat
 * export: a self-contained HTML page, the Markdown summary, or the JSON findings; named after the cluster, the
 * scope and the time of the run.
 */
@Singleton
public final class InspectionReportFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final InspectionHtml html;
    private final InspectionWording wording;
    private final ObjectMapper json;

    public InspectionReportFile(InspectionHtml html, InspectionWording wording, ObjectMapper json) {
        this.html = html;
        this.wording = wording;
        this.json = json;
    }

    public ReportFile render(TrackedReport tracked, ReportFormat format, String cluster, Instant at, Language language) {
        String text = switch (format) {
            case HTML -> html.render(tracked, cluster, at, language);
            case MARKDOWN -> wording.markdown(tracked, language);
            case JSON -> json(tracked, cluster);
        };
        return new ReportFile(filename(tracked, format, cluster, at), format.mediaType(), text.getBytes(StandardCharsets.UTF_8));
    }

    static String filename(TrackedReport tracked, ReportFormat format, String cluster, Instant at) {
        String namespace = tracked.report().namespace();
        return "inspection-" + cluster.replaceAll("[^A-Za-z0-9_.-]", "_") + (namespace == null ? "" : "-" + namespace)
                + "-" + STAMP.format(at) + "." + format.extension();
    }

    private String json(TrackedReport tracked, String cluster) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cluster", cluster);
        body.put("findings", tracked.report().findings());
        try {
            return json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are always serialisable", e);
        }
    }
}
