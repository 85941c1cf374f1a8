package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ChatRequest;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.chat.ConversationMemory;
import io.kubemate.bot.chat.Progress;
import io.kubemate.bot.chat.Turn;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.state.StateStore;
import io.kubemate.tools.kube.ClusterAccess;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The HTTP API used by the web console, tests and scripts (design §5). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatController {

    /** The body of {@code POST /api/chat}. */
    record ChatBody(String user, String conversation, String text) {
    }

    private final ChatService chat;
    private final ConversationMemory memory;
    private final WebUser webUser;
    private final ObjectMapper json;
    private final ClusterAccess cluster;
    private final StateStore state;
    private final WebPersons persons;
    private final ConversationAccess access;
    private final ChatFailureHandler failures;
    private final UnexpectedFailureHandler unexpected;
    private final ConsoleExamples examples;

    public ChatController(ChatService chat, ConversationMemory memory, WebUser webUser, ObjectMapper json,
                          ClusterAccess cluster, StateStore state, WebPersons persons, ConversationAccess access,
                          ChatFailureHandler failures, UnexpectedFailureHandler unexpected, ConsoleExamples examples) {
        this.examples = examples;
        this.failures = failures;
        this.unexpected = unexpected;
        this.chat = chat;
        this.memory = memory;
        this.webUser = webUser;
        this.json = json;
        this.cluster = cluster;
        this.state = state;
        this.persons = persons;
        this.access = access;
    }

    @Post(uri = "/chat", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public ChatReply chat(HttpRequest<?> request, @Body @Nullable byte[] raw) {
        ChatBody body = JsonBody.parse(json, raw, ChatBody.class, "{\"user\",\"conversation\",\"text\"}");
        String user = webUser.of(request, body.user());
        if (body.conversation() != null && !body.conversation().isBlank() && !access.mayWrite(person(request, user, body.conversation()),
                body.conversation())) {
            throw new NoSuchConversation(body.conversation());
        }
        return chat.handle(new ChatRequest(user, body.conversation(), body.text()));
    }

    /**
     * {@code POST /api/chat/stream}: the same turn as {@code /api/chat}, answered as server-sent events: {@code progress}
     * events ({@code {"text"}}) while tools run, then one {@code reply} (the ChatReply) or one {@code error}
     * ({@code {"error","status"}}). Identity and conversation checks fail before the stream starts, as plain errors.
     */
    @Post(uri = "/chat/stream", consumes = MediaType.ALL, produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<Object>> stream(HttpRequest<?> request, @Body @Nullable byte[] raw) {
        ChatBody body = JsonBody.parse(json, raw, ChatBody.class, "{\"user\",\"conversation\",\"text\"}");
        String user = webUser.of(request, body.user());
        if (body.conversation() != null && !body.conversation().isBlank() && !access.mayWrite(person(request, user, body.conversation()),
                body.conversation())) {
            throw new NoSuchConversation(body.conversation());
        }
        ChatRequest turn = new ChatRequest(user, body.conversation(), body.text());
        return Flux.create(sink -> Thread.ofVirtual().name("chat-stream").start(() -> {
            try {
                ChatReply reply = chat.handle(turn, Progress.everyStep(step -> sink.next(Event.<Object>of(Map.of("text", step)).name("progress"))));
                sink.next(Event.<Object>of(reply).name("reply"));
            } catch (ChatFailure failure) {
                sink.next(errorEvent(failures.handle(request, failure)));
            } catch (RuntimeException e) {
                sink.next(errorEvent(unexpected.handle(request, e)));
            }
            sink.complete();
        }));
    }

    private static Event<Object> errorEvent(HttpResponse<Map<String, String>> response) {
        return Event.<Object>of(Map.of("error", response.body() == null ? "" : response.body().get("error"), "status", response.code()))
                .name("error");
    }

    /** {@code user}: who asks, where no authenticated identity is required (the console sends the name typed in). */
    @Get(uri = "/chat/{conversation}", produces = MediaType.APPLICATION_JSON)
    public Map<String, List<Turn>> history(String conversation, HttpRequest<?> request, @QueryValue @Nullable String user) {
        String who = webUser.of(request, user);
        Instant from = access.readableFrom(person(request, who, conversation), conversation)
                .orElseThrow(() -> new NoSuchConversation(conversation));
        return Map.of("turns", memory.history(conversation).stream().filter(t -> t.at() == null || !t.at().isBefore(from)).toList());
    }

    /** {@code GET /api/examples[?user=]}: example questions naming a namespace and a workload the person may read. */
    @Get(uri = "/examples", produces = MediaType.APPLICATION_JSON)
    public Map<String, List<String>> examples(HttpRequest<?> request, @QueryValue @Nullable String user) {
        String who = webUser.of(request, user);
        return Map.of("examples", examples.of(persons.of(request, who, null)));
    }

    @Get(uri = "/me", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> me(HttpRequest<?> request) {
        Map<String, Object> me = new HashMap<>();
        me.put("user", webUser.fixed(request).orElse(null));
        me.put("mode", chat.mode());
        me.put("cluster", cluster.description());
        me.put("state", state.describe());
        return me;
    }

    private Person person(HttpRequest<?> request, String user, String conversation) {
        return persons.of(request, user, conversation);
    }
}
