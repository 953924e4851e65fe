package org.hearth.example.noticeboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.example.noticeboard.Notices.Notice;

/**
 * The current notices; for staff ({@code staff}) also the form to post one and a button to take each down. Every
 * element a test or a person looks for has an id starting {@code noticeboard-}.
 */
public class BoardView extends VerticalLayout {

    static final String TEXTS = "i18n.noticeboard";

    private final Notices notices;
    private final ModuleContext context;
    private final Texts texts;
    private final boolean staff;
    private final Div list = new Div();
    private final Paragraph message = new Paragraph();

    public BoardView(Notices notices, ModuleContext context, boolean staff) {
        this.notices = notices;
        this.context = context;
        this.texts = context.texts(BoardView.class, TEXTS);
        this.staff = staff && context.viewer().isStaff();
        list.setId("noticeboard-list");
        message.setId("noticeboard-message");
        add(new H1(texts.get(this.staff ? "post.title" : "board.title")));
        if (this.staff) {
            add(form(), message);
        }
        add(list);
        refresh();
    }

    private VerticalLayout form() {
        TextField title = new TextField(texts.get("form.title"));
        title.setId("noticeboard-title");
        title.setMaxLength(Notice.MAX_TITLE);
        TextArea words = new TextArea(texts.get("form.words"));
        words.setId("noticeboard-words");
        words.setMaxLength(Notice.MAX_WORDS);
        Select<KindOfSupport> kind = new Select<>();
        kind.setId("noticeboard-kind");
        kind.setLabel(texts.get("form.kind"));
        kind.setItems(KindOfSupport.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? "" : texts.get("kind." + k.name()));
        DatePicker until = new DatePicker(texts.get("form.until"));
        until.setId("noticeboard-until");
        until.setLocale(context.locale());
        Button post = new Button(texts.get("form.post"), e -> {
            try {
                notices.post(title.getValue(), words.getValue(), Optional.ofNullable(kind.getValue()), until.getValue());
                title.clear();
                words.clear();
                kind.clear();
                until.clear();
                message.setText(texts.get("form.posted"));
                refresh();
            } catch (IllegalArgumentException refused) {
                message.setText(texts.get("form.refused"));
            }
        });
        post.setId("noticeboard-post");
        return new VerticalLayout(title, words, kind, until, post);
    }

    private void refresh() {
        list.removeAll();
        List<Notice> current = notices.current();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(texts.get("none"));
            none.setId("noticeboard-none");
            list.add(none);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(context.locale());
        for (Notice notice : current) {
            Div card = new Div(new H2(notice.title()), new Paragraph(notice.words()));
            card.setId("noticeboard-notice-" + notice.id());
            notice.kind().ifPresent(k -> card.add(new Paragraph(texts.get("kind." + k.name()))));
            card.add(new Paragraph(texts.get("until", dates.format(notice.until()))));
            if (staff) {
                Button remove = new Button(texts.get("remove"), e -> {
                    notices.remove(notice.id());
                    refresh();
                });
                remove.setId("noticeboard-remove-" + notice.id());
                card.add(remove);
            }
            list.add(card);
        }
    }
}
