package io.kubemate.bot.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** A checkpoint in its own file, replaced atomically so that a crash leaves the old one or the new one. */
public final class FileCheckpointStore implements CheckpointStore {

    private final Path file;

    public FileCheckpointStore(Path file) {
        this.file = file;
    }

    @Override
    public void save(String checkpoint) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, checkpoint + "\n", StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot write the audit checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> load() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot read the audit checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "file " + file;
    }
}
