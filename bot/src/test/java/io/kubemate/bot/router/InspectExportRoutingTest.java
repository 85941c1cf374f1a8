package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /inspect export [namespace] [html|md]} and the plain words for it, in English and Chinese. */
class InspectExportRoutingTest {

    private static SandboxRouting routing;

    @BeforeAll
    static void start() throws Exception {
        routing = SandboxRouting.over(TestBot.SCENARIO.resolve("cluster"));
    }

    @AfterAll
    static void stop() throws Exception {
        routing.close();
    }

    private static void routes(String text, Map<String, Object> args) {
        Route route = routing.route(text);
        assertEquals("inspect_export", route.tool(), text + " → " + route);
        assertEquals(args, route.args(), text + " → " + route);
    }

    @Test
    void the_command_takes_a_namespace_and_a_format_in_any_order() {
        routes("/inspect export", Map.of());
        routes("/inspect export payments", Map.of("namespace", "payments"));
        routes("/inspect export payments md", Map.of("namespace", "payments", "format", "md"));
        routes("/inspect export html -n payments", Map.of("namespace", "payments", "format", "html"));
        routes("/inspect export markdown", Map.of("format", "md"));
    }

    @Test
    void plain_english_words_export_the_report() {
        routes("export the inspection report", Map.of());
        routes("please export the inspection report for payments", Map.of("namespace", "payments"));
        routes("download the daily inspection report as markdown", Map.of("format", "md"));
    }

    @Test
    void plain_chinese_words_export_the_report() {
        routes("导出巡检报告", Map.of());
        routes("帮我导出 payments 的巡检报告", Map.of("namespace", "payments"));
        routes("把巡检报告导出来", Map.of());
    }

    @Test
    void a_plain_inspection_is_still_an_inspection() {
        assertEquals("inspect", routing.route("/inspect payments").tool());
        assertEquals("inspect", routing.route("巡检一下 payments").tool());
        assertEquals("inspect", routing.route("run the daily inspection").tool());
    }
}
