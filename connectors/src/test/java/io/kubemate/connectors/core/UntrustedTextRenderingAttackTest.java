package io.kubemate.connectors.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.dingtalk.DingTalkActionCardRenderer;
import io.kubemate.connectors.feishu.FeishuCardRenderer;
import io.kubemate.connectors.mattermost.ButtonTokens;
import io.kubemate.connectors.mattermost.MattermostAttachmentRenderer;
import io.kubemate.connectors.slack.SlackBlockKitRenderer;
import io.kubemate.connectors.teams.TeamsAdaptiveCardRenderer;
import io.kubemate.connectors.wecom.WeComTemplateCardRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text from the cluster (an event message or alert annotation in a report line, log lines as evidence, a
 * document excerpt as a code block) rendered for every platform: it must not become a link, an image, a tag or a
 * mention. Slack and Mattermost show it as code; platforms without code formatting show it defanged.
 */
class UntrustedTextRenderingAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConfirmTexts CONFIRM = new ConfirmTexts("Run?", "As you.", "Run", "No");
    private static final List<String> MARKERS = List.of("evil.example", "@channel", "!here", "onerror", "urgent");

    private static final List<String> ATTACKS = List.of(
            "[Confirm](https://evil.example/c)",
            "![pixel](https://evil.example/p.png)",
            "<img src=x onerror=alert(1)>",
            "<b>urgent</b>",
            "<https://evil.example/c>",
            "<https://evil.example/c|click here>",
            "@channel <!here> <at id=all></at> please confirm",
            "a` [Confirm](https://evil.example/c) `b",
            "``` [Confirm](https://evil.example/c) ```");

    private static final Map<String, Renderer> RENDERERS = Map.of(
            "slack", new SlackBlockKitRenderer(JSON, CONFIRM),
            "mattermost", new MattermostAttachmentRenderer(JSON, URI.create("https://kubemate.example.com/hooks/mattermost/actions"),
                    new ButtonTokens("button-secret-0123456789", Clock.systemUTC(), Duration.ofMinutes(15))),
            "teams", new TeamsAdaptiveCardRenderer(JSON),
            "dingtalk", new DingTalkActionCardRenderer(JSON),
            "feishu", new FeishuCardRenderer(JSON, CONFIRM),
            "wecom", new WeComTemplateCardRenderer(JSON));

    private static final Map<String, Function<String, OutboundMessage>> PLACES = Map.of(
            "report line", attack -> OutboundMessage.builder().title("Events").section("- BackOff: " + LiteralText.code(attack)).build(),
            "log lines", attack -> OutboundMessage.builder().title("Logs").evidence("logs", "pod/web-1", List.of("ok", attack, "```", attack)).build(),
            "document text", attack -> OutboundMessage.builder().title("Runbook").code("", "step 1\n" + attack + "\n````\n" + attack).build());

    static Stream<Arguments> attacks() {
        return RENDERERS.keySet().stream().sorted().flatMap(platform -> PLACES.keySet().stream().sorted()
                .flatMap(place -> ATTACKS.stream().map(attack -> Arguments.of(platform, place, attack))));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("attacks")
    void cluster_text_never_becomes_live_markup(String platform, String place, String attack) {
        List<String> texts = new ArrayList<>();
        RENDERERS.get(platform).render(PLACES.get(place).apply(attack)).forEach(part -> strings(part, texts));
        boolean shownAsCode = platform.equals("slack") || platform.equals("mattermost");
        for (String text : texts) {
            if (shownAsCode) {
                assertOnlyInsideCode(platform, text);
            } else {
                assertDefanged(text);
            }
            if (platform.equals("slack")) {
                assertFalse(text.contains("<!") || text.contains("<http"), "a Slack link or mention: " + text);
            }
        }
        assertTrue(String.join("\n", texts).contains("Confirm") || !attack.contains("Confirm"), "the text itself is still shown");
    }

    private static void assertOnlyInsideCode(String platform, String text) {
        StringBuilder outside = new StringBuilder();
        LiteralText.parts(text).stream().filter(p -> !p.literal()).forEach(p -> outside.append(p.text()));
        for (String marker : MARKERS) {
            assertFalse(outside.toString().contains(marker), platform + " shows " + marker + " outside code: " + text);
        }
    }

    private static void assertDefanged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean guarded = i + 1 < text.length() && text.charAt(i + 1) == '\u200B';
            assertFalse((c == '<' || c == '@') && !guarded, "live " + c + " in: " + text);
        }
        assertFalse(text.contains("](") || text.contains("://"), "live link syntax in: " + text);
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                if (e.getKey().equals("url") || e.getKey().equals("$schema") || e.getKey().startsWith("actionURL") || e.getKey().equals("singleURL")) {
                    out.remove(e.getValue().asText());
                }
            });
        }
    }
}
