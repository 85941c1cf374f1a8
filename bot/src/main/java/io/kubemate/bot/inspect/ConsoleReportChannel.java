package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.ConversationMemory;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.ConversationParticipants;
import io.kubemate.bot.chat.MarkdownHtml;
import io.kubemate.bot.chat.Turn;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Posts into a web console thread: {@code web:<conversation>}. */
@Singleton
final class ConsoleReportChannel implements ReportChannel {

    static final String PREFIX = "web:";
    static final String READERS = "inspections.read";

    private final ConversationMemory memory;
    private final MarkdownHtml html;
    private final Clock clock;
    private final ConversationParticipants participants;

    ConsoleReportChannel(ConversationMemory memory, MarkdownHtml html, Clock clock, ConversationParticipants participants) {
        this.memory = memory;
        this.participants = participants;
        this.html = html;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String channel) {
        return channel.startsWith(PREFIX);
    }

    @Override
    public void post(String channel, String title, String markdown, TrackedReport report, Language language) {
        // whoever may read inspections of that scope reads the thread the report is posted to
        participants.allow(channel.substring(PREFIX.length()),
                new ConversationParticipants.Readers(READERS, report.report().namespace()));
        memory.append(channel.substring(PREFIX.length()),
                new Turn("kubemate", title, markdown, html.render(markdown), "router", clock.instant()));
    }
}
