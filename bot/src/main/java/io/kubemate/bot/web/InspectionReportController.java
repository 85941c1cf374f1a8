package io.kubemate.bot.web;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.inspect.InspectionReportFile;
import io.kubemate.bot.inspect.ReportFile;
import io.kubemate.bot.inspect.ReportFormat;
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
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/inspect/report?format=html|md|json[&namespace=][&lang=zh|en][&user=]}: runs an inspection as the
 * person (their Kubemate roles and Kubernetes identity, like {@code /inspect}) and returns the report as a file to
 * download: a self-contained HTML page to file or print, Markdown, or the JSON findings.
 */
@Controller("/api/inspect")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InspectionReportController {

    private final ToolDispatch dispatch;
    private final WebUser webUser;
    private final WebPersons persons;
    private final InspectionReportFile files;
    private final Messages messages;
    private final ClusterAccess cluster;
    private final Clock clock;

    public InspectionReportController(ToolDispatch dispatch, WebUser webUser, WebPersons persons, InspectionReportFile files, Messages messages,
                                      ClusterAccess cluster, Clock clock) {
        this.dispatch = dispatch;
        this.webUser = webUser;
        this.persons = persons;
        this.files = files;
        this.messages = messages;
        this.cluster = cluster;
        this.clock = clock;
    }

    @Get(uri = "/report", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "text/markdown"})
    public HttpResponse<?> report(HttpRequest<?> request, @QueryValue @Nullable String user, @QueryValue @Nullable String format,
                                  @QueryValue @Nullable String namespace, @QueryValue @Nullable String lang) throws Exception {
        Optional<ReportFormat> wanted = format == null || format.isBlank() ? Optional.of(ReportFormat.HTML) : ReportFormat.of(format);
        if (wanted.isEmpty()) {
            return HttpResponse.badRequest(Map.of("error", "format must be " + ReportFormat.choices() + ", not '" + format.trim() + "'"))
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
        ReportFile file = files.render(answer.tracked(), wanted.get(), cluster.name(), clock.instant(), language);
        return HttpResponse.ok(file.content()).contentType(new MediaType(file.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
    }
}
