package org.openris.testsupport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content behind every file row of {@link Fixtures#file}: one real one-page PDF, with its
 * checksums and the storage key the {@link org.openris.file.FileStore} gives it. {@link TestRules}
 * stores it when the test application starts, so portal and API links to fixture files answer
 * 200 instead of "content missing" (a crawl that reached one failed once in CI).
 */
public record FixtureContent(byte[] bytes, String sha256, String sha512, long size, String storageKey) {

    public static final FixtureContent PDF = of(Fixtures.onePagePdf("Inhalt einer Testdatei"));

    static FixtureContent of(byte[] bytes) {
        String sha256 = hex("SHA-256", bytes);
        return new FixtureContent(bytes, sha256, hex("SHA-512", bytes), bytes.length,
                sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
