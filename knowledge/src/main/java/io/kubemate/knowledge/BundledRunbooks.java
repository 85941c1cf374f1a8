package io.kubemate.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The runbooks packaged as classpath resources under {@code knowledge/runbooks}, inside a jar or not. In a jar they
 * are listed from the jar's own index, never by opening the jar as a zip file system: that indexes all of its
 * 80,000 entries (~0.1 s and several MB each time), and a zip file system is shared by every caller in the JVM, so
 * that one caller closing it breaks another that is still reading.
 */
public final class BundledRunbooks {

    static final String RESOURCE = "knowledge/runbooks";

    private BundledRunbooks() {
    }

    /** The bundled runbook files, relative to {@code knowledge/runbooks} (e.g. {@code en/pod-pending.md}), sorted. */
    public static List<String> list() {
        return Listing.FILES;
    }

    /** The text of one bundled runbook named as {@link #list()} names it; empty for any other name. */
    public static Optional<String> read(String relative) {
        if (!list().contains(relative)) {
            return Optional.empty();
        }
        try (InputStream in = BundledRunbooks.class.getClassLoader().getResourceAsStream(RESOURCE + "/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled runbook's text by its {@link #list()} name, in that order. */
    public static SequencedMap<String, String> texts() {
        SequencedMap<String, String> texts = new LinkedHashMap<>();
        for (String file : list()) {
            read(file).ifPresent(text -> texts.put(file, text));
        }
        return texts;
    }

    /** The listing, made once: the bundled files cannot change while the JVM runs. */
    private static final class Listing {
        static final List<String> FILES = files();

        private static List<String> files() {
            URL url = BundledRunbooks.class.getClassLoader().getResource(RESOURCE);
            if (url == null) {
                return List.of();
            }
            try {
                return "jar".equals(url.getProtocol()) ? inJar(url) : inFolder(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad resource URL " + url, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> inJar(URL url) throws IOException {
            String prefix = RESOURCE + "/";
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            JarFile jar = connection.getJarFile();
            try {
                return jar.stream().filter(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix))
                        .map(entry -> entry.getName().substring(prefix.length())).sorted().toList();
            } finally {
                if (!connection.getUseCaches()) {
                    jar.close();
                }
            }
        }

        private static List<String> inFolder(Path folder) throws IOException {
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        }
    }
}
