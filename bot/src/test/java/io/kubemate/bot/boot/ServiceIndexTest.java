package io.kubemate.bot.boot;

import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceIndexTest {

    @TempDir
    Path dir;

    @Test
    void the_build_lists_micronaut_entries_and_service_files_and_writes_them_into_the_jar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/a.B$Definition$Reference", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/a.C$Definition$Reference", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/.hidden", "");
        entries.put("META-INF/services/io.micronaut.context.env.PropertySourceLoader",
                "# loaders\nio.micronaut.context.env.yaml.YamlPropertySourceLoader\n\n  a.Other # trailing comment\n");
        entries.put("META-INF/services/nested/not.a.Service", "x.Y\n");
        entries.put("a/B.class", "");
        Path jar = jar(entries);

        ServiceIndexBuild.main(new String[]{jar.toString()});

        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            Properties index = ServiceIndex.read(loader);
            assertEquals(Set.of("io.micronaut.inject.BeanDefinitionReference", "io.micronaut.context.env.PropertySourceLoader"),
                    index.stringPropertyNames());
            assertEquals("a.B$Definition$Reference,a.C$Definition$Reference",
                    index.getProperty("io.micronaut.inject.BeanDefinitionReference"));
            assertEquals("io.micronaut.context.env.yaml.YamlPropertySourceLoader,a.Other",
                    index.getProperty("io.micronaut.context.env.PropertySourceLoader"));
        }
    }

    @Test
    void outside_an_indexed_jar_micronaut_scans_as_usual() {
        assertTrue(new ServiceIndex().load().getServiceLoaders().isEmpty(), "no index on the test class path");
    }

    @Test
    void the_index_is_used_only_when_the_jar_is_the_whole_class_path() {
        assertTrue(ServiceIndex.soleJar("/app/kubemate-chatops.jar"));
        assertFalse(ServiceIndex.soleJar("/app/kubemate-chatops.jar" + File.pathSeparator + "/app/plugin.jar"));
        assertFalse(ServiceIndex.soleJar("/work/bot/target/classes"));
    }

    @Test
    void an_indexed_type_gives_its_loadable_implementations_and_any_other_type_none() {
        ClassLoader classLoader = getClass().getClassLoader();
        Map<String, StaticServiceLoader<?>> services = new WholeJarServices(
                Map.of("java.util.List", new IndexedServices<>(classLoader, List.of("java.util.ArrayList", "no.such.Implementation"))),
                classLoader);

        List<Object> lists = new ArrayList<>();
        services.get("java.util.List").findAll(name -> true).map(StaticDefinition::load).forEach(lists::add);
        assertEquals(1, lists.size());
        assertInstanceOf(ArrayList.class, lists.getFirst());
        assertEquals(0, services.get("java.util.List").findAll(name -> !name.startsWith("java.")).count(),
                "the caller's condition applies");

        assertTrue(services.containsKey("io.micronaut.context.ApplicationContextConfigurer"),
                "a type the jar has no implementation of is answered, so Micronaut does not scan the jar for it");
        assertEquals(0, services.get("io.micronaut.context.ApplicationContextConfigurer").findAll(name -> true).count());
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
