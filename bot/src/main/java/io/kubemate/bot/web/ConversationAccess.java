package io.kubemate.bot.web;

import io.kubemate.bot.chat.ConversationParticipants;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Whether a person may read or write a conversation: they took part in it (as this chat user, or as another chat
 * identity of the same Kubernetes identity, e.g. their Slack account), or it is a report thread and their roles grant
 * its permission. A conversation nobody has written in yet is open to its first writer.
 */
@Singleton
public final class ConversationAccess {

    private final ConversationParticipants participants;
    private final IdentityResolver identities;

    public ConversationAccess(ConversationParticipants participants, IdentityResolver identities) {
        this.participants = participants;
        this.identities = identities;
    }

    public boolean mayRead(Person person, String conversation) {
        return participants.users(conversation).stream().anyMatch(user -> samePerson(person, user))
                || participants.readers(conversation).stream().anyMatch(r -> person.may(r.permission(), r.namespace()));
    }

    /** Writing joins a conversation: allowed in a new one, or for someone who may read it. */
    public boolean mayWrite(Person person, String conversation) {
        return participants.users(conversation).isEmpty() && participants.readers(conversation).isEmpty()
                || mayRead(person, conversation);
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
