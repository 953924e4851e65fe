package org.hearth.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings written on screen land in the hand-edited file: comments and other lines stay, values read back. */
class SettingsFileTest {

    @TempDir
    Path home;

    @Test
    void aKeyIsReplacedWhereItIsCommentsStayAndANewKeyIsAdded() throws Exception {
        Path file = Files.createDirectories(home.resolve("config")).resolve("hearth.properties");
        Files.writeString(file, "# the port\nhearth.port=8080\n\n# idle\nhearth.idle.ask.seconds = 40\n");

        SettingsFile.write(file, Map.of("hearth.idle.ask.seconds", "50", "hearth.center.name", "Café Río \\ Centro"));

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("# the port", "hearth.port=8080", "",
                "# idle", "hearth.idle.ask.seconds=50", "hearth.center.name=Café Río \\\\ Centro");
        List<String> warnings = new ArrayList<>();
        HostSettings settings = HostSettings.load(home, Map.of(), new Properties(), warnings::add);
        assertThat(settings.idleAskSeconds()).isEqualTo(50);
        assertThat(settings.centerName()).isEqualTo("Café Río \\ Centro");
        assertThat(warnings).isEmpty();
        assertThat(SettingsFile.read(file, "hearth.port", "0")).isEqualTo("8080");
    }

    @Test
    void aValueIsOneLineAndAMissingFileIsMade() throws Exception {
        Path file = home.resolve("org.hearth.signin.cfg");

        SettingsFile.write(file, Map.of("closing_time", "20:30", "note", "two\nlines"));

        assertThat(SettingsFile.read(file, "closing_time", "21:00")).isEqualTo("20:30");
        assertThat(SettingsFile.read(file, "note", "")).isEqualTo("two lines");
        assertThat(SettingsFile.read(home.resolve("missing.cfg"), "closing_time", "21:00")).isEqualTo("21:00");
        try (var files = Files.list(home)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("org.hearth.signin.cfg");
        }
    }
}
