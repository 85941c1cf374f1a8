package io.kubemate.bot.web;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.Refusals;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The person behind a console request; an unknown chat user is refused (and audited) naming the console address. */
@Singleton
public final class WebPersons {

    private final IdentityResolver identities;
    private final Refusals refusals;

    public WebPersons(IdentityResolver identities, Refusals refusals) {
        this.identities = identities;
        this.refusals = refusals;
    }

    public Person of(HttpRequest<?> request, String user, String conversation) {
        return identities.person(user).orElseThrow(() -> new ChatFailure(ChatFailure.Kind.UNKNOWN_USER,
                refusals.refuse(user, "console " + request.getRemoteAddress().getHostString(), conversation)));
    }
}
