package io.kubemate.bot.chat;

import io.kubemate.bot.inspect.InspectionReportFile;
import io.kubemate.bot.inspect.ReportFile;
import io.kubemate.bot.inspect.ReportFormat;
import io.kubemate.bot.toolcall.InspectAnswer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.outcome.Outcome;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * {@code /inspect export [namespace] [html|md]}: the inspection already ran as the person like {@code /inspect}; its
 * report comes with the reply as a file, rendered as the console's download renders it.
 */
@Singleton
public final class InspectionExports {

    private final InspectionReportFile files;
    private final ClusterAccess cluster;
    private final Messages messages;
    private final Clock clock;

    public InspectionExports(InspectionReportFile files, ClusterAccess cluster, Messages messages, Clock clock) {
        this.files = files;
        this.cluster = cluster;
        this.messages = messages;
        this.clock = clock;
    }

    /** The arguments of the {@code inspect} run: the route's, without the format. */
    public static Map<String, Object> inspectArgs(Map<String, Object> routeArgs) {
        Object namespace = routeArgs.get("namespace");
        return namespace == null ? Map.of() : Map.of("namespace", namespace);
    }

    /** The reply with the report file when the inspection ran; a refusal or failure stays as it was said. */
    public ChatReply attach(ChatReply reply, Outcome<?> outcome, Map<String, Object> routeArgs, Language language) {
        if (!(outcome instanceof Outcome.Ok<?> ok && ok.value() instanceof InspectAnswer answer)) {
            return reply;
        }
        ReportFormat format = ReportFormat.of(String.valueOf(routeArgs.getOrDefault("format", "html")))
                .filter(f -> f != ReportFormat.JSON).orElse(ReportFormat.HTML);
        ReportFile file = files.render(answer.tracked(), format, cluster.name(), clock.instant(), language);
        String namespace = answer.tracked().report().namespace();
        String url = "/api/inspect/report?format=" + format.extension() + "&lang=" + language.code()
                + (namespace == null ? "" : "&namespace=" + URLEncoder.encode(namespace, StandardCharsets.UTF_8));
        String title = messages.get(language, "export.file.title", file.filename());
        return new ChatReply(reply.mode(), reply.reply(), reply.html(), reply.tool(), reply.evidence(), reply.sources(), reply.proposals(),
                reply.choices(), reply.chart(), new ReportDownload(title, file.filename(), file.mediaType(), url, file.content()));
    }
}
