package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.ConversationLanguage;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.proposal.ConfirmationService;
import io.kubemate.bot.proposal.Decision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code POST /api/proposals/{id}}: a person's Confirm or Cancel (design §5). */
@Controller("/api/proposals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProposalController {

    record DecisionBody(String user, String conversation, String decision) {
    }

    private static final String SHAPE = "{\"user\",\"conversation\",\"decision\":\"confirm|cancel\"}";

    private final ConfirmationService confirmations;
    private final WebUser webUser;
    private final ObjectMapper json;
    private final ConversationLanguage languages;
    private final Messages messages;

    public ProposalController(ConfirmationService confirmations, WebUser webUser, ObjectMapper json, ConversationLanguage languages,
                              Messages messages) {
        this.confirmations = confirmations;
        this.webUser = webUser;
        this.json = json;
        this.languages = languages;
        this.messages = messages;
    }

    @Post(uri = "/{id}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Decision decide(String id, HttpRequest<?> request, @Body @Nullable byte[] raw) {
        DecisionBody body = JsonBody.parse(json, raw, DecisionBody.class, SHAPE);
        if (body.decision() == null || body.conversation() == null || body.conversation().isBlank()
                || id == null || id.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "send " + SHAPE);
        }
        String user = webUser.of(request, body.user());
        Decision decision = confirmations.decide(id, user, body.conversation(), body.decision());
        // a click carries no words: a refusal is worded in the language the person writes in this conversation
        return decision.why() == null ? decision
                : decision.withReason(messages.reason(languages.of(body.conversation(), user), decision));
    }
}
