package io.kubemate.bot.chat.chart;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ConsoleLinks;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.platform.ReplyMessages;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.tools.report.Chart;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartPngTest {

    private static final Chart LATENCY = new Chart("p99 latency of payment-api", "s", List.of(
            new Chart.Line("canary", LongStream.range(0, 60).mapToObj(i -> new Chart.Point(1_764_000_000 + i * 60, 0.2 + i * 0.01)).toList()),
            new Chart.Line("stable", LongStream.range(0, 60).mapToObj(i -> new Chart.Point(1_764_000_000 + i * 60, 0.2)).toList())));

    @Test
    void draws_a_png_of_the_chart_with_a_line_per_series() throws Exception {
        byte[] png = new ChartPng().draw(LATENCY).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ChartPng.WIDTH, image.getWidth());
        assertEquals(ChartPng.HEIGHT, image.getHeight());
        long colours = LongStream.range(0, (long) image.getWidth() * image.getHeight())
                .map(i -> image.getRGB((int) (i % image.getWidth()), (int) (i / image.getWidth()))).distinct().count();
        assertTrue(colours > 4, "an empty picture has a background and little else: " + colours + " colours");
    }

    @Test
    void a_platform_reply_with_a_chart_carries_it_as_a_picture_and_one_without_does_not() {
        ReplyMessages replies = new ReplyMessages(new Messages(), new ChartPng(), new ConsoleLinks(null));
        ChatReply withChart = new ChatReply("router", "p99 rose from 0.2 s to 0.79 s", "", "metrics_query", List.of(), List.of(),
                List.of(), List.<Map<String, String>>of(), LATENCY);
        OutboundMessage message = replies.of(withChart, Language.EN);
        assertEquals(1, message.attachments().size());
        assertEquals("p99 latency of payment-api", message.attachments().getFirst().title());
        assertEquals((byte) 0x89, message.attachments().getFirst().content()[0]);
        ChatReply plain = new ChatReply("router", "3 pods", "", "k8s_get", List.of(), List.of(), List.of(), List.<Map<String, String>>of(), null);
        assertTrue(replies.of(plain, Language.EN).attachments().isEmpty());
    }
}
