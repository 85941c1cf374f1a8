package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.Refusals;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.Visibility;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/knowledge/ingest {"user","target","namespaces","roles"}}: an administrator adds a folder or file
 * on the server, or an intranet URL, to the knowledge index, public or found only by the people of the given
 * namespaces or Kubemate Roles. Needs the Kubemate permission {@code knowledge.ingest} cluster-wide.
 */
@Controller("/api/knowledge")
@ExecuteOn(TaskExecutors.BLOCKING)
public class KnowledgeController {

    static final String PERMISSION = "knowledge.ingest";
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeController.class);

    record IngestBody(String user, String target, List<String> namespaces, List<String> roles) {
    }

    private final BeanProvider<KnowledgeBase> knowledge;
    private final IdentityResolver identities;
    private final WebUser webUser;
    private final ObjectMapper json;
    private final Refusals refusals;

    public KnowledgeController(BeanProvider<KnowledgeBase> knowledge, IdentityResolver identities, WebUser webUser,
                               ObjectMapper json, Refusals refusals) {
        this.refusals = refusals;
        this.knowledge = knowledge;
        this.identities = identities;
        this.webUser = webUser;
        this.json = json;
    }

    @Post(uri = "/ingest", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> ingest(HttpRequest<?> request, @Body @Nullable byte[] raw) {
        IngestBody body = JsonBody.parse(json, raw, IngestBody.class, "{\"user\",\"target\",\"namespaces\",\"roles\"}");
        String user = webUser.of(request, body.user());
        Person person = identities.person(user)
                .orElseThrow(() -> new ChatFailure(ChatFailure.Kind.UNKNOWN_USER,
                        refusals.refuse(user, "console " + request.getRemoteAddress().getHostString(), null)));
        if (!person.may(PERMISSION, null)) {
            throw new ChatFailure(ChatFailure.Kind.UNKNOWN_USER, "your Kubemate roles do not grant " + PERMISSION + " cluster-wide");
        }
        String target = body.target();
        if (target == null || target.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "target is missing: a folder or file on the server, or an http(s) URL");
        }
        boolean url = target.startsWith("http://") || target.startsWith("https://");
        if (!url && !Files.exists(Path.of(target))) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "no such file or folder on the server: " + target);
        }
        Visibility visibility;
        try {
            visibility = Visibility.of(body.namespaces(), body.roles());
        } catch (IllegalArgumentException e) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, e.getMessage());
        }
        IngestSummary summary = knowledge.get().ingest(target, visibility, progress -> { });
        LOG.info("{} ingested {} ({}): {}", user, target, visibility, summary.line());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("added", summary.added());
        result.put("updated", summary.updated());
        result.put("unchanged", summary.unchanged());
        result.put("removed", summary.removed());
        result.put("skipped", summary.skipped());
        result.put("chunks", summary.chunks());
        result.put("visibility", visibility.toString());
        return result;
    }
}
