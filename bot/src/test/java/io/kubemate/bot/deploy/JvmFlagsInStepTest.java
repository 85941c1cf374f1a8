package io.kubemate.bot.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The container image runs the JVM as deploy/local/lib.sh does (README "Memory and start-up"): the same flags for
 * `serve` and for one-shot commands, and the Kustomize base caps the heap where lib.sh does.
 */
class JvmFlagsInStepTest {

    private static final Path LIB = Path.of("../deploy/local/lib.sh");
    private static final Path DOCKERFILE = Path.of("../deploy/docker/Dockerfile");
    private static final Path CONFIG_MAP = Path.of("../deploy/kubernetes/base/configmap.yaml");

    @Test
    void the_image_serves_with_the_flags_of_run_sh() throws Exception {
        assertEquals(withoutHeapCap(libFlags("jvm_flags")), union(env("JAVA_FLAGS"), env("SERVE_FLAGS")));
    }

    @Test
    void the_image_runs_commands_with_the_flags_of_the_kubemate_script() throws Exception {
        assertEquals(withoutHeapCap(libFlags("jvm_flags && one_shot_flags")), union(env("JAVA_FLAGS"), env("COMMAND_FLAGS")));
    }

    @Test
    void the_kustomize_base_caps_the_heap_where_lib_sh_does() throws Exception {
        String cap = libFlags("jvm_flags").stream().filter(f -> f.startsWith("-Xmx")).findFirst().orElseThrow();
        String options = Files.readString(CONFIG_MAP).lines().filter(l -> l.trim().startsWith("JDK_JAVA_OPTIONS:"))
                .findFirst().orElseThrow();
        assertTrue(options.contains(cap + " ") || options.contains(cap + "\""), options + " does not hold " + cap);
    }

    private static List<String> libFlags(String calls) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c",
                "unset KUBEMATE_HEAP; source \"$0\" && " + calls + " && printf '%s\\n' \"${JVM_FLAGS[@]}\"", LIB.toString())
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS) && bash.exitValue() == 0, "lib.sh failed: " + out);
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private static Set<String> withoutHeapCap(List<String> flags) {
        Set<String> kept = new TreeSet<>(flags);
        kept.removeIf(f -> f.startsWith("-Xmx"));
        return kept;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        Set<String> set = new TreeSet<>(all);
        assertEquals(all.size(), set.size(), "a flag given twice: " + all);
        return set;
    }

    private static List<String> env(String name) throws IOException {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(Files.readString(DOCKERFILE));
        assertTrue(m.find(), "no " + name + " in " + DOCKERFILE);
        return Arrays.stream(m.group(1).trim().split("\\s+")).toList();
    }
}
