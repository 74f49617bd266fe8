package org.openris.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openris.platform.RisProperties;
import org.springframework.stereotype.Component;

/**
 * The local file store: content-addressed by SHA-256 under {@code <data-dir>/files/ab/cd/<sha256>}.
 * Identical content is stored once; writes go to a temporary file first and are moved into place
 * atomically, so a crash never leaves a half-written document under its final name.
 */
@Component
public class FileStore {

    private final Path root;

    @org.springframework.beans.factory.annotation.Autowired
    FileStore(RisProperties properties) {
        this(properties.dataDir().resolve("files"));
    }

    FileStore(Path root) {
        this.root = root;
    }

    /** Stores the bytes (if not already present) and returns their checksums and storage key. */
    public StoredContent put(byte[] content) {
        String sha256 = hex("SHA-256", content);
        String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
        Path target = root.resolve(key);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
                try {
                    Files.write(temp, content);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Datei konnte nicht gespeichert werden", e);
        }
        return new StoredContent(sha256, hex("SHA-512", content), content.length, key);
    }

    public InputStream open(String storageKey) throws IOException {
        if (!storageKey.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return Files.newInputStream(root.resolve(storageKey));
    }

    /** Where the content lives on disk, for streaming with range support. */
    public Path path(String storageKey) {
        if (!storageKey.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return root.resolve(storageKey);
    }

    public boolean contains(String storageKey) {
        return storageKey.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}") && Files.exists(root.resolve(storageKey));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    public record StoredContent(String sha256, String sha512, long size, String storageKey) {
    }
}
