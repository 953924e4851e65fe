package ${package};

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;

/** The screen: the notes for everyone; for staff also a field and a button to add one. Ids start with the module's. */
public class NotesView extends VerticalLayout {

    /** The texts' base name: {@code i18n/${moduleId}.properties} and {@code i18n/${moduleId}_es.properties}. */
    static final String TEXTS = "i18n.${moduleId}";

    private final Notes notes;
    private final Texts texts;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none;

    public NotesView(Notes notes, ModuleContext context) {
        this.notes = notes;
        this.texts = context.texts(NotesView.class, TEXTS);
        none = new Paragraph(texts.get("none"));
        none.setId("${moduleId}-none");
        list.setId("${moduleId}-notes");
        add(new H1(texts.get("title")));
        if (context.viewer().isStaff()) {
            TextField words = new TextField(texts.get("words"));
            words.setId("${moduleId}-words");
            words.setMaxLength(Notes.MAX_LENGTH);
            Button save = new Button(texts.get("add"), e -> {
                if (!words.getValue().isBlank()) {
                    notes.add(words.getValue());
                    words.clear();
                    refresh();
                }
            });
            save.setId("${moduleId}-add");
            add(words, save);
        }
        add(none, list);
        refresh();
    }

    private void refresh() {
        List<String> newest = notes.newest();
        list.removeAll();
        newest.forEach(words -> list.add(new ListItem(words)));
        none.setVisible(newest.isEmpty());
    }
}
