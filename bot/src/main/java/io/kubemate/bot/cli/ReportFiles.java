package io.kubemate.bot.cli;

import io.kubemate.bot.chat.ChatFailure;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all: to a temporary file beside it, then moved into place. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Refuses before any work is done when the file cannot be written there. */
    static void checkWritable(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw unwritable(file, "it is a directory");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw unwritable(file, "no such directory " + folder);
        }
        if (!Files.isWritable(folder) || (Files.exists(target) && !Files.isWritable(target))) {
            throw unwritable(file, "permission denied");
        }
    }

    static Path write(Path file, byte[] content) {
        Path target = file.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw unwritable(file, e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed already; nothing more to tell
                }
            }
        }
    }

    private static ChatFailure unwritable(Path file, String why) {
        return new ChatFailure(ChatFailure.Kind.BAD_INPUT, "cannot write " + file + ": " + why);
    }
}
