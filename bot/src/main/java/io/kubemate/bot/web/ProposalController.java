package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;
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

    public ProposalController(ConfirmationService confirmations, WebUser webUser, ObjectMapper json) {
        this.confirmations = confirmations;
        this.webUser = webUser;
        this.json = json;
    }

    @Post(uri = "/{id}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Decision decide(String id, HttpRequest<?> request, @Body @Nullable byte[] raw) {
        DecisionBody body = JsonBody.parse(json, raw, DecisionBody.class, SHAPE);
        if (body.decision() == null || body.conversation() == null || body.conversation().isBlank()
                || id == null || id.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "send " + SHAPE);
        }
        return confirmations.decide(id, webUser.of(request, body.user()), body.conversation(), body.decision());
    }
}
