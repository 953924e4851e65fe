package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;

import java.nio.file.Path;
import java.util.Locale;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.testkit.PortableSql;
import org.hearth.testkit.TestContext;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store and the screen on a real in-memory database, migrated by the platform's own migrator. */
class NotesTest {

    private final TestDatabase database = new TestDatabase();
    private final Notes notes = new Notes(new NotesDatabase(database.dataSource(), database.migrator()));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void notesAreKeptNewestFirstAndAnEmptyOneIsRefused() {
        notes.add("Pizza on Friday");
        notes.add("  The garden group meets at 10  ");
        assertThat(notes.newest()).containsExactly("The garden group meets at 10", "Pizza on Friday");
        assertThatThrownBy(() -> notes.add("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffWriteANoteOnTheScreenAndVisitorsReadIt() {
        TestContext staff = TestContext.of(Viewer.staff(Role.PEER_STAFF, "p-1", "Sam"));
        NotesView written = new NotesView(notes, staff);
        set(written, "${moduleId}-words", "Pizza on Friday");
        click(written, "${moduleId}-add");

        NotesView read = new NotesView(notes, TestContext.of(Viewer.VISITOR));
        assertThat(allText(read)).contains("${title}", "Pizza on Friday");
        assertThat(has(read, "${moduleId}-add")).as("a visitor has no button to add").isFalse();
    }

    @Test
    void theScreenSpeaksSpanish() {
        NotesView view = new NotesView(notes, new TestContext(Viewer.VISITOR, Locale.forLanguageTag("es")));
        assertThat(allText(view)).contains("${titleEs}", "Todavía no hay notas.");
    }

    @Test
    void theMigrationsArePlainSqlThatPostgresqlAcceptsToo() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration/${moduleId}"))).isEmpty();
    }
}
