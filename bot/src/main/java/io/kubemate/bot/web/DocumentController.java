package io.kubemate.bot.web;

import io.kubemate.bot.identity.Person;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.KnowledgeBase;
import io.micronaut.context.BeanProvider;
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
import org.jsoup.nodes.Entities;

import java.util.List;

/**
 * {@code GET /knowledge/doc?source=…}: the document a reply cited, for the person who asks and only as far as they may
 * read it (the same audience as their searches); 404 for a document they may not see or that is not indexed.
 */
@Controller("/knowledge")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentController {

    private final BeanProvider<KnowledgeBase> knowledge;
    private final DocumentPage pages;
    private final WebUser webUser;
    private final WebPersons persons;

    public DocumentController(BeanProvider<KnowledgeBase> knowledge, DocumentPage pages, WebUser webUser, WebPersons persons) {
        this.knowledge = knowledge;
        this.pages = pages;
        this.webUser = webUser;
        this.persons = persons;
    }

    @Get(uri = "/doc", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> doc(HttpRequest<?> request, @QueryValue @Nullable String source, @QueryValue @Nullable String user) {
        if (source == null || source.isBlank()) {
            return HttpResponse.<String>badRequest().body(notFound("which document? add ?source=… (the source a reply cited)"));
        }
        Person person = persons.of(request, webUser.of(request, user), null);
        var bundled = pages.bundled(source);
        if (bundled.isPresent()) {
            return HttpResponse.ok(bundled.get());
        }
        List<Chunk> chunks = knowledge.get().document(source, person.audience());
        return chunks.isEmpty() ? HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(notFound("no document " + source + " that you may read"))
                : HttpResponse.ok(pages.stored(source, chunks));
    }

    private static String notFound(String message) {
        return "<!doctype html><meta charset=\"utf-8\"><title>Kubemate</title><p>" + Entities.escape(message) + "</p>";
    }
}
