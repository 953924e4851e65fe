package org.hearth.signin.impl;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Links that download a file made when tapped (never kept on disk). */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String id, String text, String fileName, String contentType, Supplier<String> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType + "; charset=UTF-8",
                    bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(text);
        // the download address belongs to the screen's UI, so it is made when the link is shown
        anchor.addAttachListener(e -> anchor.setHref(handler, AttachmentType.DOWNLOAD));
        anchor.setId(id);
        anchor.getStyle().set("display", "inline-block").set("padding", "12px 20px").set("margin", "4px")
                .set("border", "1px solid #7a3e1d").set("border-radius", "12px").set("font-size", "1.05rem");
        return anchor;
    }
}
