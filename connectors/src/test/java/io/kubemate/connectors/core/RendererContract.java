package io.kubemate.connectors.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Renderer} must do, against golden files under {@code src/test/resources/golden/<platform>/}.
 * Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
public abstract class RendererContract {

    protected static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    protected abstract Renderer renderer();

    protected abstract String platform();

    /** All the text a person would read in one rendered part, to check lengths and content. */
    protected abstract String visibleText(ObjectNode part);

    public static OutboundMessage proposal() {
        return OutboundMessage.builder()
                .title("Proposal: scale Deployment payments/payment-api")
                .section("**What changes:** replicas 2 → 5\n**Risk:** low\nExpires at 2026-11-24T10:45:00Z.")
                .field("Namespace", "payments").field("Workload", "payment-api")
                .code("diff", "- replicas: 2\n+ replicas: 5")
                .button(Button.confirm("Confirm", "p-7f3a")).button(Button.cancel("Cancel", "p-7f3a"))
                .build();
    }

    public static OutboundMessage chineseDiagnosis() {
        return OutboundMessage.builder()
                .title("诊断：payments/payment-api 一直重启")
                .section("容器 `api` 因 **CrashLoopBackOff** 重启了 12 次。最近的日志显示支付网关超时 <1s & 重试失败。")
                .field("命名空间", "payments").field("重启次数", "12")
                .evidence("上一次容器日志", "pod/payment-api-7d9f8b6c5d-x2k4p", List.of(
                        "2026-11-24T10:42:01Z ERROR PAYMENT_GATEWAY_TIMEOUT 连接超时",
                        "2026-11-24T10:42:02Z FATAL 退出码 1"))
                .source("Runbook：Pod 处于 CrashLoopBackOff", "https://runbooks.example.com/crashloop-backoff")
                .button(Button.choice("调查", "investigate:payments:payment-api"))
                .button(Button.link("运行手册", "https://runbooks.example.com/crashloop-backoff"))
                .build();
    }

    @Test
    void renders_a_proposal_as_in_the_golden_file() throws IOException {
        assertGolden("proposal.json", renderer().render(proposal()));
    }

    @Test
    void renders_chinese_text_as_in_the_golden_file() throws IOException {
        assertGolden("chinese-diagnosis.json", renderer().render(chineseDiagnosis()));
    }

    @Test
    void keeps_every_part_of_a_long_reply_within_the_platform_limit_and_loses_no_line() {
        String logs = IntStream.range(0, 2500).mapToObj(i -> "10:42:" + i + " ERROR 支付超时 request " + i)
                .collect(Collectors.joining("\n"));
        OutboundMessage big = OutboundMessage.builder().title("日志").code("log", logs)
                .button(Button.confirm("Confirm", "p1")).build();
        List<ObjectNode> parts = renderer().render(big);
        assertTrue(parts.size() > 1, "a reply of " + logs.length() + " characters was not split");
        int limit = renderer().capabilities().maxLength();
        String all = parts.stream().map(this::visibleText).collect(Collectors.joining("\n"));
        parts.forEach(part -> assertTrue(visibleText(part).length() <= limit, "a part exceeds " + limit));
        for (int i = 0; i < 2500; i += 499) {
            assertTrue(all.contains("10:42:" + i + " ERROR 支付超时 request " + i + "\n"), "line " + i + " was broken or lost");
        }
    }

    protected final void assertGolden(String name, List<ObjectNode> rendered) throws IOException {
        String actual = JSON.writeValueAsString(rendered).replace("\r\n", "\n") + "\n";
        Path file = Path.of("src/test/resources/golden", platform(), name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; run with -Dgolden.update=true to create it, then review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
    }
}
