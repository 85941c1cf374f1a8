package io.kubemate.bot.boot;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Gives Micronaut the services of the packaged jar from an index written by the build ({@link ServiceIndexBuild}),
 * so that it does not open the jar as a zip file system at start-up to list {@code META-INF/micronaut} (~0.15 s and
 * ~9 MB for a jar of 80,000 entries). This is the hook Micronaut AOT's generated code uses; unlike Micronaut AOT,
 * no bean requirement is decided at build time: every bean is still judged at run time, on the run's configuration.
 * Outside the jar (tests, an IDE) there is no index, and with more than the jar on the class path (a plugin jar beside
 * it) the index is not the whole of it: in both cases Micronaut scans as usual.
 */
public final class ServiceIndex implements StaticOptimizations.Loader<SoftServiceLoader.Optimizations> {

    /** Where the build writes the index in the jar: service type → comma-separated implementations. */
    public static final String RESOURCE = "META-INF/kubemate/micronaut-services.properties";

    @Override
    public SoftServiceLoader.Optimizations load() {
        ClassLoader classLoader = ServiceIndex.class.getClassLoader();
        Properties index = read(classLoader);
        if (index.isEmpty() || !soleJar(System.getProperty("java.class.path", ""))) {
            return new SoftServiceLoader.Optimizations(Map.of());
        }
        Map<String, StaticServiceLoader<?>> loaders = new HashMap<>();
        index.forEach((type, implementations) ->
                loaders.put((String) type, new IndexedServices<>(classLoader, names((String) implementations))));
        return new SoftServiceLoader.Optimizations(new WholeJarServices(loaders, classLoader));
    }

    /** Whether the class path is one jar, as with {@code java -jar}: then the index lists every service there is. */
    static boolean soleJar(String classPath) {
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
    }

    static Properties read(ClassLoader classLoader) {
        Properties index = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    index.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service index " + RESOURCE, e);
        }
        return index;
    }

    private static List<String> names(String implementations) {
        return Arrays.stream(implementations.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
