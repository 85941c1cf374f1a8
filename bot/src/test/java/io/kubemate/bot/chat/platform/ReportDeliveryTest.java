package io.kubemate.bot.chat.platform;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ConsoleLinks;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ReportDownload;
import io.kubemate.bot.chat.chart.ChartPng;
import io.kubemate.connectors.core.OutboundMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report that comes with a reply: a file on platforms that take uploads (Slack, Mattermost); on the others
 * (DingTalk, Feishu, WeCom, Teams) the summary and where to get the HTML, with the console's link when it is known.
 */
class ReportDeliveryTest {

    private static final byte[] HTML = "<!doctype html><html><body>report</body></html>".getBytes(StandardCharsets.UTF_8);
    private static final ChatReply EXPORT = new ChatReply("router", "**Inspection of namespace `payments`**: 1 critical", "", "inspect",
            List.of(), List.of(), List.of(), List.<Map<String, String>>of(), null,
            new ReportDownload("Inspection report x.html", "x.html", "text/html; charset=utf-8",
                    "/api/inspect/report?format=html&lang=en&namespace=payments", HTML));

    private static ReplyMessages replies(String consoleUrl) {
        return new ReplyMessages(new Messages(), new ChartPng(), new ConsoleLinks(consoleUrl));
    }

    @Test
    void a_platform_that_takes_files_gets_the_report_as_an_attachment() {
        OutboundMessage message = replies(null).of(EXPORT, Language.EN, "U1", true);
        assertEquals(1, message.attachments().size());
        OutboundMessage.Attachment file = message.attachments().getFirst();
        assertEquals("x.html", file.filename());
        assertEquals("text/html; charset=utf-8", file.mediaType());
        assertEquals(HTML.length, file.content().length);
        assertTrue(message.markdown().contains("1 critical") && message.markdown().contains("attached: x.html"), message.markdown());
    }

    @Test
    void a_platform_without_uploads_gets_the_summary_and_where_to_download_the_html() {
        OutboundMessage plain = replies(null).of(EXPORT, Language.ZH, "U1", false);
        assertTrue(plain.attachments().isEmpty());
        assertTrue(plain.markdown().contains("1 critical") && plain.markdown().contains("inspect --format html --out FILE")
                && plain.markdown().contains("Web 控制台"), plain.markdown());
        OutboundMessage linked = replies("https://kubemate.bank.local/").of(EXPORT, Language.EN, "U1", false);
        assertTrue(linked.markdown().contains("https://kubemate.bank.local/api/inspect/report?format=html&lang=en&namespace=payments"),
                linked.markdown());
    }

    @Test
    void a_reply_without_a_report_is_unchanged() {
        ChatReply plain = new ChatReply("router", "3 pods", "", "k8s_get", List.of(), List.of(), List.of());
        OutboundMessage message = replies(null).of(plain, Language.EN, "U1", true);
        assertTrue(message.attachments().isEmpty());
        assertEquals("3 pods", message.markdown());
    }
}
