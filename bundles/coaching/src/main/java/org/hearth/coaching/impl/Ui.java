package org.hearth.coaching.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.hearth.api.Texts;

/** Small screen parts shared by this bundle's views. */
final class Ui {

    private Ui() {
    }

    static Div row(Component... children) {
        Div row = new Div(children);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("align-items", "end");
        return row;
    }

    static Button button(Texts texts, String id, String key, Runnable action) {
        Button b = new Button(texts.get(key), e -> action.run());
        b.setId(id);
        return b;
    }

    static String day(Texts texts, LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.get("format.day"), texts.locale()).format(day);
    }

    /** A link that makes its file when tapped (never kept on disk); inline opens it in a new tab, to print. */
    static Anchor file(String id, String text, String fileName, String contentType, boolean inline,
                       Supplier<String> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType + "; charset=UTF-8",
                    bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(text);
        // the address belongs to the screen's UI, so it is made when the link is shown
        anchor.addAttachListener(e -> anchor.setHref(handler, inline ? AttachmentType.INLINE : AttachmentType.DOWNLOAD));
        if (inline) {
            anchor.setTarget("_blank");
        }
        anchor.setId(id);
        anchor.getStyle().set("display", "inline-block").set("padding", "12px 20px").set("margin", "4px")
                .set("border", "1px solid #7a3e1d").set("border-radius", "12px").set("font-size", "1.05rem");
        return anchor;
    }
}
