package io.kubemate.bot.web;

import io.kubemate.bot.chat.ConversationParticipants;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * What of a conversation a person may read: from when they first took part in it (as this chat user, or as another
 * chat identity of the same Kubernetes identity, e.g. their Slack account), or all of a report thread when their
 * roles grant its permission. Writing in a console thread makes a person take part from then on (a console thread's
 * id is shared like a link to work on an incident together); a chat platform's thread takes writes from the console
 * only from its participants.
 */
@Singleton
public final class ConversationAccess {

    private final ConversationParticipants participants;
    private final IdentityResolver identities;

    public ConversationAccess(ConversationParticipants participants, IdentityResolver identities) {
        this.participants = participants;
        this.identities = identities;
    }

    /** From when {@code person} may read {@code conversation}; empty when not at all. */
    public Optional<Instant> readableFrom(Person person, String conversation) {
        if (participants.readers(conversation).stream().anyMatch(r -> person.may(r.permission(), r.namespace()))) {
            return Optional.of(Instant.EPOCH);
        }
        return participants.users(conversation).entrySet().stream().filter(e -> samePerson(person, e.getKey()))
                .map(Map.Entry::getValue).min(Comparator.naturalOrder());
    }

    /** Console threads take anyone who has their id; a chat platform's thread ({@code slack:…}) only its participants. */
    public boolean mayWrite(Person person, String conversation) {
        return !platformThread(conversation) || participants.users(conversation).isEmpty()
                || readableFrom(person, conversation).isPresent();
    }

    private static boolean platformThread(String conversation) {
        int colon = conversation.indexOf(':');
        return colon > 0 && !conversation.substring(0, colon).equals("web");
    }

    private boolean samePerson(Person person, String chatUser) {
        if (person.chatUser().equals(chatUser)) {
            return true;
        }
        // guests share one Kubernetes identity: for them only the very same chat user counts
        if (person.grants().contains(Grant.GUEST)) {
            return false;
        }
        Optional<Person> other = identities.person(chatUser);
        return other.isPresent() && !other.get().grants().contains(Grant.GUEST) && other.get().subject().equals(person.subject());
    }
}
