package org.hearth.platform.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The database's encryption key: 256 random bits (never a password a person chose), kept in a file outside the
 * data folder that only the service user may read, made on the first start. A database found unencrypted is
 * encrypted in place at boot; a key waiting beside the file as {@code <file>.new} replaces it (Derby re-encrypts
 * the database with it) at the next start.
 */
final class DatabaseKey {

    /** Derby's default would be DES; the algorithm is named explicitly. */
    static final String ALGORITHM = "AES/CBC/NoPadding";
    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

    private final Path file;

    DatabaseKey(Path file) {
        this.file = file;
    }

    /** The boot attributes for the database in {@code dbDir}: create, encrypt in place, re-key or just open. */
    String bootAttributes(Path dbDir) throws IOException {
        String key = readOrMake();
        Path next = file.resolveSibling(file.getFileName() + ".new");
        if (!Files.isDirectory(dbDir) || !encrypted(dbDir)) {
            return "dataEncryption=true;encryptionAlgorithm=" + ALGORITHM + ";encryptionKey=" + key;
        }
        if (Files.isRegularFile(next)) {
            return open(key) + ";newEncryptionKey=" + read(next);
        }
        return open(key);
    }

    /** After a boot that used {@code <file>.new}: the new key becomes the key. */
    void rotated() throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        if (Files.isRegularFile(next)) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** What any later connection gives when it has to boot the database again. */
    String openAttributes() throws IOException {
        return open(read(file));
    }

    /** With a key of its own (not a boot password), Derby keeps no note of the algorithm: it is named every time. */
    private static String open(String key) {
        return "encryptionAlgorithm=" + ALGORITHM + ";encryptionKey=" + key;
    }

    static boolean encrypted(Path dbDir) throws IOException {
        Path service = dbDir.resolve("service.properties");
        if (!Files.isRegularFile(service)) {
            return false;
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(service)) {
            properties.load(in);
        }
        return "true".equalsIgnoreCase(properties.getProperty("dataEncryption"));
    }

    private String readOrMake() throws IOException {
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        Files.createDirectories(file.getParent());
        ownerOnly(file.getParent(), "rwx------");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Path fresh = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(fresh, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII);
        ownerOnly(fresh, "rw-------");
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        return read(file);
    }

    private static String read(Path keyFile) throws IOException {
        String key = Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toLowerCase(java.util.Locale.ROOT);
        if (!HEX_256.matcher(key).matches()) {
            throw new IOException("The database key file " + keyFile.getFileName()
                    + " does not hold a 256-bit key (64 hexadecimal digits)");
        }
        return key;
    }

    static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
