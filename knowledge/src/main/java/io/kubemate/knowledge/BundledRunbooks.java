package io.kubemate.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The runbooks packaged as classpath resources under {@code knowledge/runbooks}, inside a jar or not. */
public final class BundledRunbooks {

    static final String RESOURCE = "knowledge/runbooks";

    private BundledRunbooks() {
    }

    /** Runs {@code work} over the bundled runbooks' folder (a zip file system when they are in a jar); empty when none are bundled. */
    public static <T> Optional<T> withFolder(Function<Path, T> work) {
        URL url = BundledRunbooks.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.ofNullable(work.apply(Path.of(uri)));
            }
            try {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return Optional.ofNullable(work.apply(jar.getPath(RESOURCE)));
                }
            } catch (FileSystemAlreadyExistsException e) {
                return Optional.ofNullable(work.apply(FileSystems.getFileSystem(uri).getPath(RESOURCE)));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one bundled runbook named as {@link #list()} names it; empty for any other name. */
    public static Optional<String> read(String relative) {
        if (!list().contains(relative)) {
            return Optional.empty();
        }
        try (var in = BundledRunbooks.class.getClassLoader().getResourceAsStream(RESOURCE + "/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled runbook files, relative to {@code knowledge/runbooks} (e.g. {@code en/pod-pending.md}). */
    public static List<String> list() {
        return withFolder(folder -> {
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(List.of());
    }
}
