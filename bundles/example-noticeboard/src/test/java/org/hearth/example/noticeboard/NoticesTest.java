package org.hearth.example.noticeboard;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.testkit.PortableSql;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestContext;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The board on a real in-memory database with the platform's migrator, on Wednesday 2 December 2026. */
@Tag("database")
class NoticesTest {

    private static final Viewer STAFF = Viewer.staff(Role.PEER_STAFF, "p-1", "Sam");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T15:00:00Z"), ZoneId.of("America/Chicago"));
    private final TestDatabase database = new TestDatabase();
    private final Notices notices = new Notices(new NoticeboardDatabase(database.dataSource(), database.migrator()),
            clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNoticeIsShownUntilItsDateAndThenNoLonger() {
        notices.post("Food pantry", "Thursday 2-4 at St. Mark's", Optional.of(KindOfSupport.INSTRUMENTAL), TODAY);
        notices.post("Open mic", "Friday night, sober and loud", Optional.empty(), TODAY.plusDays(3));
        assertThat(notices.current()).extracting(Notices.Notice::title).containsExactly("Food pantry", "Open mic");

        clock.advance(Duration.ofDays(1));
        assertThat(notices.current()).extracting(Notices.Notice::title).containsExactly("Open mic");
    }

    @Test
    void aNoticeWithoutWordsOrWithAPastDateIsRefused() {
        assertThatThrownBy(() -> notices.post("Title", "  ", Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notices.post("Title", "Words", Optional.empty(), TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notices.post("x".repeat(81), "Words", Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(notices.current()).isEmpty();
    }

    @Test
    void staffPostAndTakeDownOnTheScreenAndVisitorsReadTheBoard() {
        BoardView post = new BoardView(notices, TestContext.of(STAFF), true);
        click(post, "noticeboard-post");
        assertThat(text(post, "noticeboard-message")).contains("needs a title");

        set(post, "noticeboard-title", "Art night");
        set(post, "noticeboard-words", "Paint with us on Tuesday at 6");
        set(post, "noticeboard-kind", KindOfSupport.AFFILIATIONAL);
        set(post, "noticeboard-until", TODAY.plusDays(6));
        click(post, "noticeboard-post");
        assertThat(text(post, "noticeboard-message")).isEqualTo("Posted.");

        BoardView board = new BoardView(notices, TestContext.of(Viewer.VISITOR), false);
        assertThat(allText(board)).contains("Notice board", "Art night", "Paint with us", "Community and social",
                "Until December 8, 2026");
        long id = notices.current().get(0).id();
        assertThat(has(board, "noticeboard-remove-" + id)).as("a visitor cannot take a notice down").isFalse();
        assertThat(has(board, "noticeboard-post")).isFalse();

        click(post, "noticeboard-remove-" + id);
        assertThat(allText(new BoardView(notices, TestContext.of(Viewer.VISITOR), false))).contains("No notices today.");
    }

    @Test
    void theBoardSpeaksSpanish() {
        notices.post("Huerto", "Sábado a las 10", Optional.of(KindOfSupport.AFFILIATIONAL), TODAY);
        BoardView board = new BoardView(notices, new TestContext(Viewer.VISITOR, Locale.forLanguageTag("es")), false);
        assertThat(allText(board)).contains("Tablón de anuncios", "Comunidad y vida social", "Hasta el 2 de diciembre");
    }

    @Test
    void theMigrationsArePlainSqlThatPostgresqlAcceptsToo() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration/noticeboard"))).isEmpty();
    }
}
