package io.kubemate.bot.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.kubemate.bot.metrics.LlmMetrics;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.MarkdownHtml;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ProgressReport;
import io.kubemate.bot.chat.ModelAnswerer;
import io.kubemate.bot.chat.Progress;
import io.kubemate.bot.chat.Turn;
import io.kubemate.bot.identity.Person;
import io.kubemate.tools.redact.Redactor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One turn with the language model: the system prompt, the person's recent turns in this conversation, their
 * message, and the tools they may use. The loop is ours rather than a langchain4j AI service's so that the
 * person's identity stays outside the model, every tool result is redacted and budgeted, the whole context
 * stays under its token limit, repeated or excess tool calls end the turn with an answer from what was
 * gathered, and a proposal ends the turn. Nothing here executes a change.
 */
@Singleton
@Requires(beans = ChatModel.class)
final class ConversationEngine implements ModelAnswerer {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);
    private static final int HISTORY_TURNS = 6;
    private static final int EARLIER_TOKENS = 400;

    private final ChatModel model;
    private final LlmProperties properties;
    private final ModelTools tools;
    private final SystemPrompt system;
    private final ToolRunner runner;
    private final Messages messages;
    private final MarkdownHtml html;
    private final Redactor redactor;
    private final ObjectMapper json;
    private final Clock clock;
    private final LlmMetrics metrics;
    private final Map<Language, EarlierTurns> earlier = new EnumMap<>(Language.class);
    private volatile Instant downUntil = Instant.MIN;

    private final ProgressReport reports;

    ConversationEngine(ChatModel model, LlmProperties properties, ModelTools tools, SystemPrompt system, ToolRunner runner,
                       Messages messages, MarkdownHtml html, Redactor redactor, ObjectMapper json, Clock clock, LlmMetrics metrics,
                       ProgressReport reports) {
        this.reports = reports;
        this.model = model;
        this.properties = properties;
        this.tools = tools;
        this.system = system;
        this.runner = runner;
        this.messages = messages;
        this.html = html;
        this.redactor = redactor;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
        for (Language language : Language.values()) {
            earlier.put(language, new EarlierTurns(language, EARLIER_TOKENS));
        }
    }

    @Override
    public boolean ready() {
        return clock.instant().isAfter(downUntil);
    }

    @Override
    public ChatReply answer(Person person, String conversation, String text, List<Turn> history, Progress progress) {
        Language language = Language.of(text);
        List<ChatMessage> context = new ArrayList<>();
        context.add(SystemMessage.from(system.render(language, person)));
        context.addAll(recent(person, history, language));
        context.add(UserMessage.from(redactor.redact(text)));
        List<ToolSpecification> offered = tools.offeredTo(person);
        Set<String> offeredNames = new HashSet<>(offered.stream().map(ToolSpecification::name).toList());
        ToolRunner.Gathered gathered = new ToolRunner.Gathered();
        Set<String> seen = new HashSet<>();
        int calls = 0;
        boolean stop = false;
        String note = null;
        String answer = null;
        int toolTokens = ContextBudget.tools(offered);
        while (answer == null) {
            List<ToolSpecification> now = stop ? List.of() : offered;
            int definitions = now.isEmpty() ? 0 : toolTokens;
            ContextBudget.fit(context, properties.maxContextTokens() - definitions);
            metrics.context(properties.model(), ContextBudget.tokens(context) + definitions);
            AiMessage ai = call(context, now);
            if (!ai.hasToolExecutionRequests() || stop) {
                answer = ai.text() == null || ai.text().isBlank() ? gathered.summary() : ai.text();
                break;
            }
            context.add(ai);
            for (ToolExecutionRequest request : ai.toolExecutionRequests()) {
                String result;
                if (calls >= properties.maxToolCalls() || !seen.add(request.name() + request.arguments())) {
                    result = "not run: you already have this or reached the tool call limit; answer now from what you have";
                    stop = true;
                    note = messages.get(language, "llm.limit", calls);
                } else if (!offeredNames.contains(request.name())) {
                    result = "error: there is no tool named " + request.name() + " for this person";
                } else {
                    calls++;
                    Map<String, Object> args = arguments(request);
                    report(progress, language, request.name(), args);
                    result = runner.run(request.name(), args, person, conversation, text, language, gathered);
                }
                context.add(ToolExecutionResultMessage.from(request, TokenEstimate.trim(result, properties.toolResultTokens())));
            }
            if (!gathered.proposals().isEmpty()) {
                answer = String.join("\n\n", gathered.proposalTexts());
            }
        }
        String markdown = redactor.redact(answer) + (note == null ? "" : "\n\n" + note);
        return new ChatReply(MODE, markdown, html.render(markdown), gathered.firstTool(), gathered.evidence(), List.of(),
                gathered.proposals());
    }

    private AiMessage call(List<ChatMessage> context, List<ToolSpecification> offered) {
        ChatRequest.Builder request = ChatRequest.builder().messages(context);
        if (!offered.isEmpty()) {
            request.toolSpecifications(offered);
        }
        Instant started = clock.instant();
        try {
            ChatResponse response = model.chat(request.build());
            TokenUsage usage = response.tokenUsage();
            metrics.record(properties.model(), "ok", Duration.between(started, clock.instant()),
                    usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                    usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
            return response.aiMessage();
        } catch (RuntimeException e) {
            metrics.record(properties.model(), e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).contains("timeout")
                    ? "timeout" : "error", Duration.between(started, clock.instant()), 0, 0);
            downUntil = clock.instant().plus(properties.retryAfter());
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            LOG.warn("language model call failed; the router answers for the next {}: {}", properties.retryAfter(), reason);
            throw new ModelUnavailable(reason);
        }
    }

    private void report(Progress progress, Language language, String tool, Map<String, Object> args) {
        reports.tool(progress, language, tool, args);
    }

    /**
     * The person's own turns in this conversation, oldest first: the last few in full, the ones before folded into
     * a summary. Memory is never shared between people.
     */
    private List<ChatMessage> recent(Person person, List<Turn> history, Language language) {
        List<Turn> own = history.stream().filter(t -> person.chatUser().equals(t.user())).toList();
        int firstInFull = Math.max(0, own.size() - HISTORY_TURNS);
        List<ChatMessage> out = new ArrayList<>();
        earlier.get(language).summarise(own.subList(0, firstInFull), redactor)
                .ifPresent(summary -> out.add(SystemMessage.from(summary)));
        for (Turn turn : own.subList(firstInFull, own.size())) {
            out.add(UserMessage.from(redactor.redact(turn.text())));
            out.add(AiMessage.from(redactor.redact(turn.reply())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> arguments(ToolExecutionRequest request) {
        String raw = request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments();
        try {
            return json.readValue(raw, Map.class);
        } catch (JsonProcessingException e) {
            return Map.of(ToolRunner.MALFORMED, firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
