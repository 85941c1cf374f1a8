package io.kubemate.bot.chat;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * The language a conversation is held in, for replies to clicks that carry no words (Confirm, Cancel, an alert
 * button): that of the person's last message in it, else of the last message of anyone, else English.
 */
@Singleton
public final class ConversationLanguage {

    private final ConversationMemory memory;

    public ConversationLanguage(ConversationMemory memory) {
        this.memory = memory;
    }

    public Language of(String conversation, String chatUser) {
        List<Turn> turns = memory.turns(conversation);
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).user() != null && turns.get(i).user().equals(chatUser)) {
                return Language.of(turns.get(i).text());
            }
        }
        return turns.isEmpty() ? Language.EN : Language.of(turns.getLast().text());
    }
}
