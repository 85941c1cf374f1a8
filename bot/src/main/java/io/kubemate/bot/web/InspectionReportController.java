package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.inspect.InspectionHtml;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.bot.toolcall.DispatchResult;
import io.kubemate.bot.toolcall.InspectAnswer;
import io.kubemate.bot.toolcall.Origin;
import io.kubemate.bot.toolcall.ToolCall;
import io.kubemate.bot.toolcall.ToolDispatch;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/inspect/report?format=html|md|json[&namespace=][&lang=zh|en][&user=]}: runs an inspection as the
 * person (their Kubemate roles and Kubernetes identity, like {@code /inspect}) and returns the report as a file to
 * download: a self-contained HTML page to file or print, Markdown, or the JSON findings.
 */
@Controller("/api/inspect")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InspectionReportController {

    private static final Set<String> FORMATS = Set.of("html", "md", "json");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final ToolDispatch dispatch;
    private final WebUser webUser;
    private final WebPersons persons;
    private final InspectionHtml html;
    private final InspectionWording wording;
    private final Messages messages;
    private final ClusterAccess cluster;
    private final ObjectMapper json;
    private final Clock clock;

    public InspectionReportController(ToolDispatch dispatch, WebUser webUser, WebPersons persons, InspectionHtml html, InspectionWording wording, Messages messages,
                                      ClusterAccess cluster, ObjectMapper json, Clock clock) {
        this.dispatch = dispatch;
        this.webUser = webUser;
        this.persons = persons;
        this.html = html;
        this.wording = wording;
        this.messages = messages;
        this.cluster = cluster;
        this.json = json;
        this.clock = clock;
    }

    @Get(uri = "/report", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "text/markdown"})
    public HttpResponse<?> report(HttpRequest<?> request, @QueryValue @Nullable String user, @QueryValue @Nullable String format,
                                  @QueryValue @Nullable String namespace, @QueryValue @Nullable String lang) throws Exception {
        String wanted = format == null || format.isBlank() ? "html" : format.trim();
        if (!FORMATS.contains(wanted)) {
            return HttpResponse.badRequest(Map.of("error", "format must be html, md or json, not '" + wanted + "'"))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Language language = lang == null ? Language.EN : Language.ofCode(lang);
        Person person = persons.of(request, webUser.of(request, user), null);
        Map<String, Object> args = new HashMap<>();
        if (namespace != null && !namespace.isBlank()) {
            args.put("namespace", namespace.trim());
        }
        DispatchResult result = dispatch.call(person, null, new ToolCall("inspect", args, "/inspect"), Origin.COMMAND);
        if (!(result instanceof DispatchResult.Ran ran)) {
            return HttpResponse.badRequest(Map.of("error", "inspect is not available")).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (!(ran.outcome() instanceof Outcome.Ok<?> ok && ok.value() instanceof InspectAnswer answer)) {
            Outcome.Refusal refusal = (Outcome.Refusal) ran.outcome();
            HttpStatus status = ran.outcome() instanceof Outcome.Forbidden<?> ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            return HttpResponse.status(status).body(Map.of("error", messages.reason(language, refusal))).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        TrackedReport tracked = answer.tracked();
        String file = "inspection-" + cluster.name().replaceAll("[^A-Za-z0-9_.-]", "_")
                + (tracked.report().namespace() == null ? "" : "-" + tracked.report().namespace()) + "-" + STAMP.format(clock.instant()) + "." + wanted;
        MutableHttpResponse<?> response = switch (wanted) {
            case "json" -> HttpResponse.ok(json.writeValueAsBytes(Map.of("cluster", cluster.name(), "findings", tracked.report().findings())))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
            case "md" -> HttpResponse.ok(wording.markdown(tracked, language).getBytes(StandardCharsets.UTF_8)).contentType(IncidentController.MARKDOWN);
            default -> HttpResponse.ok(html.render(tracked, cluster.name(), clock.instant(), language).getBytes(StandardCharsets.UTF_8))
                    .contentType(new MediaType("text/html; charset=utf-8"));
        };
        return response.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
