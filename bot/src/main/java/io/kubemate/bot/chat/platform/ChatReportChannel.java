package io.kubemate.bot.chat.platform;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.bot.inspect.ReportChannel;
import io.kubemate.bot.chat.chart.ChartPng;
import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.connectors.alertmanager.AlertRoutes;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.SendException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Posts scheduled inspection reports to a chat channel of a configured workspace, addressed like alert routes:
 * {@code <platform>:<workspace>:<channel>}, e.g. {@code slack:acme:C0123ABC}. The sender splits long reports at
 * the platform's limit; a report is posted once per channel and minute, even if the schedule fires twice.
 */
@Singleton
final class ChatReportChannel implements ReportChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ChatReportChannel.class);

    private final ChatPlatforms platforms;
    private final ChartPng charts;
    private final InspectionWording wording;
    private final Clock clock;

    ChatReportChannel(ChatPlatforms platforms, ChartPng charts, InspectionWording wording, Clock clock) {
        this.platforms = platforms;
        this.charts = charts;
        this.wording = wording;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String channel) {
        return target(channel).flatMap(t -> platforms.sender(t.platform(), t.workspace())).isPresent();
    }

    @Override
    public void post(String channel, String title, String markdown, TrackedReport report, Language language) {
        Optional<AlertRoutes.Target> target = target(channel);
        Optional<ChatSender> sender = target.flatMap(t -> platforms.sender(t.platform(), t.workspace()));
        if (sender.isEmpty()) {
            LOG.warn("inspection report for {} dropped: no such configured workspace", channel);
            return;
        }
        OutboundMessage.Builder message = OutboundMessage.builder().title(title).section(markdown);
        // the findings of the last runs, where the platform shows pictures
        wording.chart(report, language).flatMap(chart -> charts.draw(chart).map(png -> message.image(chart.title(), "findings.png", png)));
        try {
            sender.get().post(target.get().channel(), null, message.build(),
                    "inspection:" + channel + ":" + title + ":" + clock.instant().truncatedTo(ChronoUnit.MINUTES));
        } catch (SendException e) {
            LOG.warn("inspection report to {} not delivered: {}", channel, e.getMessage());
        }
    }

    private static Optional<AlertRoutes.Target> target(String channel) {
        try {
            return Optional.of(AlertRoutes.Target.parse(channel));
        } catch (IllegalArgumentException notAChatChannel) {
            return Optional.empty();
        }
    }
}
