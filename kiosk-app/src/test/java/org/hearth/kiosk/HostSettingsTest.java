package org.hearth.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostSettingsTest {

    @TempDir
    Path home;
    private final List<String> warnings = new ArrayList<>();

    private HostSettings load(Map<String, String> env, Properties system) {
        return HostSettings.load(home, env, system, warnings::add);
    }

    private void configFile(String text) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/hearth.properties"), text);
    }

    @Test
    void withoutAnyConfigurationTheEmbeddedDefaultsApply() {
        HostSettings settings = load(Map.of(), new Properties());
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(home.resolve("data").toAbsolutePath());
        assertThat(settings.idleAskSeconds()).isEqualTo(40);
        assertThat(settings.idleResetSeconds()).isEqualTo(60);
        assertThat(settings.language()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.centerId()).isEqualTo("main");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCenterIdIsAShortIdOrTheDefault() throws IOException {
        configFile("hearth.center.id=north-2\n");
        assertThat(load(Map.of(), new Properties()).centerId()).isEqualTo("north-2");
        assertThat(load(Map.of("HEARTH_CENTER_ID", "North Star; DROP"), new Properties()).centerId()).isEqualTo("main");
        assertThat(warnings).singleElement().asString().contains("hearth.center.id='North Star; DROP'");
    }

    @Test
    void theFileIsOverriddenByEnvironmentWhichIsOverriddenBySystemProperties() throws IOException {
        configFile("hearth.port=8081\nhearth.language=es\nhearth.data.dir=/srv/hearth\n");
        Properties system = new Properties();
        system.setProperty("hearth.port", "8083");
        HostSettings settings = load(Map.of("HEARTH_PORT", "8082", "HEARTH_IDLE_ASK_SECONDS", "20"), system);
        assertThat(settings.port()).isEqualTo(8083);
        assertThat(settings.idleAskSeconds()).isEqualTo(20);
        assertThat(settings.language().getLanguage()).isEqualTo("es");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/hearth"));
    }

    @Test
    void unreadableValuesFallBackToSafeDefaultsWithAWarning() throws IOException {
        configFile("hearth.port=eighty\nhearth.idle.ask.seconds=-5\nhearth.language=klingon\n");
        HostSettings settings = load(Map.of(), new Properties());
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.idleAskSeconds()).isEqualTo(40);
        assertThat(settings.language()).isEqualTo(Locale.ENGLISH);
        assertThat(warnings).hasSize(3).anyMatch(w -> w.contains("hearth.port='eighty'"));
    }

    @Test
    void aResetSoonerThanTheQuestionIsCorrected() {
        HostSettings settings = load(Map.of("HEARTH_IDLE_ASK_SECONDS", "50", "HEARTH_IDLE_RESET_SECONDS", "30"),
                new Properties());
        assertThat(settings.idleResetSeconds()).isEqualTo(70);
        assertThat(warnings).singleElement().asString().contains("must be longer");
    }
}
