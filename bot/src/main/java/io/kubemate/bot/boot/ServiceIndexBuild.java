package io.kubemate.bot.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Run by the build (exec-maven-plugin, phase {@code package}, after the shade plugin): lists the services of the
 * packaged jar — Micronaut's {@code META-INF/micronaut/<type>/<implementation>} entries and the
 * {@code META-INF/services} files — and writes them into the same jar as the {@link ServiceIndex}.
 */
public final class ServiceIndexBuild {

    private static final String MICRONAUT = "META-INF/micronaut/";
    private static final String SERVICES = "META-INF/services/";

    private ServiceIndexBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ServiceIndexBuild <jar>");
        }
        Path jar = Path.of(args[0]);
        Map<String, Set<String>> services = services(jar);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path index = zip.getPath(ServiceIndex.RESOURCE);
            Files.createDirectories(index.getParent());
            Files.writeString(index, render(services), StandardCharsets.UTF_8);
        }
    }

    /** Service type → its implementations, in the order the jar lists them. */
    static Map<String, Set<String>> services(Path jar) throws IOException {
        Map<String, Set<String>> services = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith(MICRONAUT)) {
                    String[] parts = name.substring(MICRONAUT.length()).split("/");
                    if (parts.length == 2 && !parts[1].startsWith(".")) {
                        services.computeIfAbsent(parts[0], type -> new LinkedHashSet<>()).add(parts[1]);
                    }
                } else if (name.startsWith(SERVICES) && name.indexOf('/', SERVICES.length()) < 0) {
                    Set<String> implementations = services.computeIfAbsent(name.substring(SERVICES.length()),
                            type -> new LinkedHashSet<>());
                    implementations.addAll(serviceFileLines(zip, entry));
                }
            }
        }
        return services;
    }

    private static Set<String> serviceFileLines(ZipFile zip, ZipEntry entry) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty()).forEach(names::add);
        }
        return names;
    }

    static String render(Map<String, Set<String>> services) {
        Properties index = new Properties();
        services.forEach((type, implementations) -> index.setProperty(type, String.join(",", implementations)));
        StringWriter out = new StringWriter();
        try {
            index.store(out, "written by ServiceIndexBuild from this jar's META-INF/micronaut and META-INF/services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
