package ${package};

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The notes staff write for visitors, newest first. Thread-safe. */
@Component(service = Notes.class)
public class Notes {

    /** The longest note, in characters (the column's size). */
    public static final int MAX_LENGTH = 280;

    private final Jdbi jdbi;

    @Activate
    public Notes(@Reference NotesDatabase database) {
        this.jdbi = database.jdbi();
    }

    /** The twenty newest notes. */
    public List<String> newest() {
        return jdbi.withHandle(h -> h.createQuery("SELECT words FROM ${moduleId}.note ORDER BY id DESC"
                + " FETCH FIRST 20 ROWS ONLY").mapTo(String.class).list());
    }

    /** Keeps a note of 1 to {@value #MAX_LENGTH} characters (after trimming); refuses any other. */
    public void add(String words) {
        String note = words == null ? "" : words.strip();
        if (note.isEmpty() || note.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note has 1 to " + MAX_LENGTH + " characters");
        }
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO ${moduleId}.note (words) VALUES (?)").bind(0, note).execute());
    }
}
