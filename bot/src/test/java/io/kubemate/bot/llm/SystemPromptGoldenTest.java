package io.kubemate.bot.llm;

import io.kubemate.bot.TestCatalog;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rendered system prompt, compared with a reviewed golden file, so that a prompt change is a visible
 * diff. To accept a change, run with {@code -Dkubemate.golden.update=true} and review the golden file's diff.
 */
class SystemPromptGoldenTest {

    private static final Person ZHANGSAN = new Person("slack:U024BE7LH", "张三", Subject.serviceAccount("kubemate-users", "u-zhangsan"),
            List.of(Grant.EVERYTHING), false);

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_rendered_system_prompt_matches_its_golden_file(Language language) throws IOException {
        SystemPrompt prompt = new SystemPrompt(Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC), TestCatalog.specs());
        String rendered = prompt.render(language, ZHANGSAN);
        Path golden = Path.of("src/test/resources/golden/system_" + language.code() + ".txt");
        if (Boolean.getBoolean("kubemate.golden.update")) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
    }
}
