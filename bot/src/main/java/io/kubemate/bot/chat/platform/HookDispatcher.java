package io.kubemate.bot.chat.platform;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ChatRequest;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.chat.ConversationLanguage;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.platform.alert.AlertButtonStore;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.connectors.alertmanager.AlertButton;
import io.kubemate.connectors.alertmanager.AlertMessages;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.Inbound;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SendException;
import io.micronaut.context.annotation.Bean;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works on verified, de-duplicated deliveries after the webhook has been acknowledged: each on its own virtual
 * thread, answered in the thread it came from. Messages go to the chat service as {@code platform:user} in the
 * conversation {@code platform:workspace:channel:thread}; Confirm and Cancel go to the confirmation service.
 */
@Singleton
@Bean(preDestroy = "close")
public final class HookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HookDispatcher.class);

    private final ConversationLanguage languages;
    private final ChatService chat;
    private final Confirmations confirmations;
    private final ReplyMessages replies;
    private final ChatPlatforms platforms;
    private final AlertButtonStore alertButtons;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger inFlight = new AtomicInteger();

    public HookDispatcher(ChatService chat, Confirmations confirmations, ReplyMessages replies, ChatPlatforms platforms,
                          AlertButtonStore alertButtons, ConversationLanguage languages) {
        this.languages = languages;
        this.chat = chat;
        this.confirmations = confirmations;
        this.replies = replies;
        this.platforms = platforms;
        this.alertButtons = alertButtons;
    }

    public void submit(Runnable work) {
        inFlight.incrementAndGet();
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("hook work failed", e);
            } finally {
                synchronized (inFlight) {
                    inFlight.decrementAndGet();
                    inFlight.notifyAll();
                }
            }
        });
    }

    public void submit(Inbound inbound) {
        submit(() -> handle(inbound));
    }

    /** Waits until no delivery is being worked on (tests, and shutdown). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlight) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(inFlight, left);
            }
        }
        return true;
    }

    void handle(Inbound inbound) {
        Optional<ChatSender> sender = platforms.sender(inbound.platform(), inbound.workspace());
        if (sender.isEmpty()) {
            LOG.warn("no sender for {}:{}; reply dropped", inbound.platform(), inbound.workspace());
            return;
        }
        OutboundMessage reply = switch (inbound) {
            case InboundMessage message -> answer(message, message.text(), sender.get());
            case InboundAction action when action.decision() == InboundAction.Decision.CHOICE -> choose(action, sender.get());
            case InboundAction action -> decide(action);
        };
        if (reply == null) {
            return;
        }
        try {
            sender.get().post(inbound.channel(), inbound.thread(), reply, "reply:" + inbound.platform() + ":" + inbound.eventId());
        } catch (SendException e) {
            LOG.warn("reply to {} in {} not delivered: {}", inbound.chatUser(), inbound.conversation(), e.getMessage());
        }
    }

    /** A choice: an answer offered when the bot asked back, or an alert button whose record says what it does. */
    private OutboundMessage choose(InboundAction action, ChatSender sender) {
        String choice = action.choiceId();
        if (choice != null && choice.startsWith(AlertMessages.BUTTON)) {
            Optional<AlertButton> button = alertButtons.find(choice.substring(AlertMessages.BUTTON.length()));
            if (button.isEmpty()) {
                return replies.notice(languages.of(action.conversation(), action.chatUser()), "hook.alert-button.expired");
            }
            return ChoiceCommands.command(button.get()).map(command -> answer(action, command, sender))
                    .orElseGet(() -> replies.notice(languages.of(action.conversation(), action.chatUser()), "hook.alert-button.unusable"));
        }
        return choice == null ? null : ChoiceCommands.command(choice).map(command -> answer(action, command, sender)).orElse(null);
    }

    private OutboundMessage answer(Inbound inbound, String text, ChatSender sender) {
        try {
            ChatReply reply = chat.handle(new ChatRequest(inbound.chatUser(), inbound.conversation(), text),
                    new ChatProgress(sender, inbound));
            return replies.of(reply, Language.of(text), inbound.user(), sender.uploadsFiles());
        } catch (ChatFailure failure) {
            return replies.failure(failure.getMessage());
        }
    }

    private OutboundMessage decide(InboundAction action) {
        try {
            Decision decision = confirmations.decide(action);
            return replies.of(decision, languages.of(action.conversation(), action.chatUser()), action.user());
        } catch (ChatFailure failure) {
            return replies.failure(failure.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
