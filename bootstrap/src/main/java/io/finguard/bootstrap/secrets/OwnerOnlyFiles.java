package io.finguard.bootstrap.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and directories only their owner may read: dev keys, dev secrets and the env file of serve live in them. */
public final class OwnerOnlyFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /**
     * Writes to a temporary file created 0600 and moves it into place, so the secret is never readable by others,
     * not even between creating and restricting the file, and a crash never leaves half a file.
     */
    public static void write(Path file, String content) throws IOException {
        Path temporary = temporaryWith(file, content);
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Like {@link #write}, but a file that already exists is left alone (FileAlreadyExistsException): generated
     * secrets never silently replace secrets that may be in use.
     */
    public static void create(Path file, String content) throws IOException {
        Path temporary = temporaryWith(file, content);
        try {
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryWith(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = posix()
                ? Files.createTempFile(directory, ".tmp-", "", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(directory, ".tmp-", "");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            return temporary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Reads a secret file and narrows its permissions to the owner if someone widened them. */
    public static String read(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
