package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database on disk: AES-256 with a random key kept outside the data folder; old installations encrypted. */
class DatabaseEncryptionTest {

    private static final String NAME = "Zephyrine Quillfeather";

    @TempDir
    Path home;

    @Test
    void aNewDatabaseIsEncryptedWithAes256AndANameIsNotOnDiskInPlainText() throws Exception {
        Path db = home.resolve("data/db");
        DatabaseKey key = new DatabaseKey(home.resolve("secrets/database.key"));
        withDatabase(db, key, this::writeName);

        assertThat(service(db)).contains("dataEncryption=true");
        assertThat(home.resolve("data/db/verifyKey.dat")).as("an external key, checked at every boot").exists();
        assertThat(opensWith(db, "encryptionAlgorithm=DES/CBC/NoPadding;encryptionKey=" + keyOf(home)))
                .as("the same key with Derby's default DES").isFalse();
        assertThat(plainTextOnDisk(db)).isFalse();
        assertThat(Files.readString(home.resolve("secrets/database.key")).strip()).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets/database.key"))))
                .isEqualTo("rw-------");
        assertThat(withDatabase(db, key, this::readName)).isEqualTo(NAME);
    }

    @Test
    void anExistingUnencryptedDatabaseIsEncryptedInPlaceWithNothingLost() throws Exception {
        Path db = home.resolve("data/db");
        withDatabase(db, null, this::writeName);
        assertThat(plainTextOnDisk(db)).as("before: the name is readable on disk").isTrue();

        DatabaseKey key = new DatabaseKey(home.resolve("secrets/database.key"));
        assertThat(withDatabase(db, key, this::readName)).isEqualTo(NAME);

        assertThat(service(db)).contains("dataEncryption=true");
        assertThat(withDatabase(db, key, this::readName)).isEqualTo(NAME);
    }

    @Test
    void aNewKeyWaitingBesideTheOldReEncryptsTheDatabaseAndAWrongKeyOpensNothing() throws Exception {
        Path db = home.resolve("data/db");
        Path file = home.resolve("secrets/database.key");
        DatabaseKey key = new DatabaseKey(file);
        withDatabase(db, key, this::writeName);
        String old = Files.readString(file).strip();
        Files.writeString(home.resolve("secrets/database.key.new"), "ab".repeat(32) + "\n");

        assertThat(withDatabase(db, key, this::readName)).isEqualTo(NAME);
        assertThat(Files.readString(file).strip()).isEqualTo("ab".repeat(32));
        assertThat(home.resolve("secrets/database.key.new")).doesNotExist();

        Files.writeString(file, old + "\n");
        assertThatThrownBy(() -> withDatabase(db, key, this::readName)).isInstanceOf(SQLException.class);
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withDatabase(Path db, DatabaseKey key, Work<T> work) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(db.toString());
        if (key == null) {
            source.setCreateDatabase("create");
        } else {
            DerbyDatabase.boot(source, db, key);
        }
        try (Connection connection = source.getConnection()) {
            return work.run(connection);
        } finally {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(db.toString());
            shutdown.setShutdownDatabase("shutdown");
            try (Connection ignored = shutdown.getConnection()) {
                // Derby reports a clean shutdown with an exception
            } catch (SQLException expected) {
                // 08006
            }
        }
    }

    private String writeName(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE person (name VARCHAR(60))");
            statement.execute("INSERT INTO person VALUES ('" + NAME + "')");
        }
        return NAME;
    }

    private String readName(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT name FROM person")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String keyOf(Path home) throws Exception {
        return Files.readString(home.resolve("secrets/database.key")).strip();
    }

    private static boolean opensWith(Path db, String attributes) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(db.toString());
        source.setConnectionAttributes(attributes);
        try (Connection ignored = source.getConnection()) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static String service(Path db) throws Exception {
        return Files.readString(db.resolve("service.properties"), StandardCharsets.ISO_8859_1);
    }

    /** Whether the name can be read in any file of the database: the data files and the transaction log. */
    private static boolean plainTextOnDisk(Path db) throws Exception {
        byte[] needle = NAME.getBytes(StandardCharsets.UTF_8);
        byte[] wide = NAME.getBytes(StandardCharsets.UTF_16BE);
        try (Stream<Path> files = Files.walk(db)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (contains(bytes, needle) || contains(bytes, wide)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
