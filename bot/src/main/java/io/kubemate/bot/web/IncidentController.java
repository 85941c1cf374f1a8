package io.kubemate.bot.web;

import io.kubemate.bot.guide.Incident;
import io.kubemate.bot.guide.RunbookGuide;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code GET /api/incident/{conversation}?format=md|json}: the incident record of a conversation's guided run as a
 * file to download (Markdown for the post-mortem, JSON for the ticket system), for those who may read the
 * conversation; 404 otherwise, or when no runbook ran in it.
 */
@Controller("/api/incident")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IncidentController {

    static final MediaType MARKDOWN = new MediaType("text/markdown; charset=utf-8");

    private final RunbookGuide guide;
    private final WebUser webUser;
    private final WebPersons persons;
    private final ConversationAccess access;

    public IncidentController(RunbookGuide guide, WebUser webUser, WebPersons persons, ConversationAccess access) {
        this.guide = guide;
        this.webUser = webUser;
        this.persons = persons;
        this.access = access;
    }

    @Get(uri = "/{conversation}", produces = {MediaType.APPLICATION_JSON, "text/markdown"})
    public HttpResponse<?> export(String conversation, HttpRequest<?> request, @QueryValue @Nullable String user,
                                 @QueryValue @Nullable String format) {
        String wanted = format == null || format.isBlank() ? "md" : format.trim();
        if (!wanted.equals("md") && !wanted.equals("json")) {
            return HttpResponse.badRequest(Map.of("error", "format must be md or json, not '" + wanted + "'"));
        }
        String who = webUser.of(request, user);
        var reader = persons.of(request, who, conversation);
        Incident incident = guide.export(conversation, reader).orElseThrow(() -> new NoSuchConversation(conversation));
        // the whole record is exported, so only those who may read the whole conversation get it
        access.readableFrom(reader, conversation)
                .filter(from -> from.toEpochMilli() == 0 || !from.truncatedTo(ChronoUnit.SECONDS).isAfter(incident.startedAt()))
                .orElseThrow(() -> new NoSuchConversation(conversation));
        String file = "incident-" + conversation.replaceAll("[^A-Za-z0-9_.-]", "_") + "." + wanted;
        MutableHttpResponse<?> response = wanted.equals("json")
                ? HttpResponse.ok(incident).contentType(MediaType.APPLICATION_JSON_TYPE)
                : HttpResponse.ok(guide.markdown(incident).getBytes(StandardCharsets.UTF_8)).contentType(MARKDOWN);
        return response.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
