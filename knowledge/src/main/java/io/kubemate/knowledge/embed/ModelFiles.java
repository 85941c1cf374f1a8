package io.kubemate.knowledge.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A bundled model's ONNX file and tokenizer copied once from the jar into a folder, so that the ONNX runtime
 * reads the model from disk into native memory instead of the whole file passing through the Java heap at
 * every start. A copy whose size differs from the jar's entry (a new model version, an interrupted copy) is
 * replaced; copies are written under a temporary name and then moved into place.
 *
 * @param model     the ONNX file
 * @param tokenizer the tokenizer JSON
 */
public record ModelFiles(Path model, Path tokenizer) {

    /** The files of the jar resources {@code modelResource} and {@code tokenizerResource}, copied into {@code folder} if needed. */
    public static ModelFiles in(Path folder, String modelResource, String tokenizerResource) throws IOException {
        Files.createDirectories(folder);
        return new ModelFiles(copy(folder, modelResource), copy(folder, tokenizerResource));
    }

    private static Path copy(Path folder, String resource) throws IOException {
        URL url = ModelFiles.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("no resource " + resource + " on the class path");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        Path target = folder.resolve(resource);
        if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Path partial = Files.createTempFile(folder, resource, ".partial");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
