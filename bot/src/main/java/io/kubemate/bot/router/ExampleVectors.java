package io.kubemate.bot.router;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The router examples' unit vectors, computed when the jar is built ({@link ExampleVectorsBuild}) and shipped
 * as a resource per model, so that the service neither loads the model nor embeds ~550 examples as it starts.
 * A file is used only when its hash of the model name and the example texts matches the running ones; after
 * an edit to the examples without a rebuild the examples are embedded again, as before.
 */
public final class ExampleVectors {

    static final String FOLDER = "io/kubemate/bot/router/example-vectors/";
    private static final int MAGIC = 0x4b4d4556; // "KMEV"

    private ExampleVectors() {
    }

    /** The shipped vectors of {@code texts} embedded with {@code model}, when they were built from exactly these. */
    public static Optional<List<float[]>> bundled(String model, List<String> texts) {
        try (InputStream in = ExampleVectors.class.getClassLoader().getResourceAsStream(FOLDER + model + ".bin")) {
            return in == null ? Optional.empty() : read(in, hash(model, texts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled router example vectors of " + model, e);
        }
    }

    static Optional<List<float[]>> read(InputStream raw, String expectedHash) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != MAGIC || !in.readUTF().equals(expectedHash)) {
            return Optional.empty();
        }
        int count = in.readInt();
        int dimension = in.readInt();
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimension];
            for (int j = 0; j < dimension; j++) {
                v[j] = in.readFloat();
            }
            vectors.add(v);
        }
        return Optional.of(List.copyOf(vectors));
    }

    static void write(OutputStream raw, String hash, List<float[]> vectors) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
        out.writeInt(MAGIC);
        out.writeUTF(hash);
        out.writeInt(vectors.size());
        out.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
        for (float[] v : vectors) {
            for (float x : v) {
                out.writeFloat(x);
            }
        }
        out.flush();
    }

    static void write(Path file, String model, List<String> texts, List<float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out, hash(model, texts), vectors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String hash(String model, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                sha.update((byte) '\n');
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
