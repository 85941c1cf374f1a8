package io.kubemate.bot.boot;

import io.micronaut.core.io.ResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassLoaderResourcesTest {

    @TempDir
    Path dir;

    @Test
    void in_a_jar_files_are_found_and_folders_and_escapes_are_not() throws IOException {
        Path jar = jar(Map.of("application.yml", "a: 1", "public/index.html", "<html>", "public/sub/app.js", "x()"),
                "public/", "public/sub/");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            checkTree(new ClassLoaderResources(loader));
        }
    }

    @Test
    void in_a_folder_the_same_holds() throws IOException {
        Files.createDirectories(dir.resolve("classes/public/sub"));
        Files.writeString(dir.resolve("classes/application.yml"), "a: 1");
        Files.writeString(dir.resolve("classes/public/index.html"), "<html>");
        Files.writeString(dir.resolve("classes/public/sub/app.js"), "x()");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.resolve("classes").toUri().toURL()}, null)) {
            checkTree(new ClassLoaderResources(loader));
        }
    }

    private static void checkTree(ClassLoaderResources resources) throws IOException {
        assertEquals("a: 1", text(resources, "application.yml"));
        assertEquals("a: 1", text(resources, "classpath:/application.yml"));
        assertTrue(resources.getResource("public").isEmpty(), "a folder is not a resource");
        assertTrue(resources.getResource("missing.txt").isEmpty());

        ResourceLoader console = resources.forBase("classpath:public");
        assertEquals("<html>", text(console, "index.html"));
        assertEquals("x()", text(console, "/sub/app.js"));
        assertTrue(console.getResource("sub").isEmpty(), "a folder under the base is not a resource");
        assertTrue(console.getResource("../application.yml").isEmpty(), "a path out of the base is refused");
        assertTrue(console.getResourceAsStream("sub/../../application.yml").isEmpty());
        assertTrue(console.getResource("..\\application.yml").isEmpty());
        assertEquals(1, resources.getResources("public/index.html").count());
    }

    private static String text(ResourceLoader loader, String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path).orElseThrow(() -> new AssertionError(path + " not found"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path jar(Map<String, String> files, String... folders) throws IOException {
        Path jar = dir.resolve("resources.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String folder : folders) {
                zip.putNextEntry(new JarEntry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new JarEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
