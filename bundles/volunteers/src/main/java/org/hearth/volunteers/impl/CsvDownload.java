package org.hearth.volunteers.impl;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A link that downloads a file made when tapped (never kept on disk), as the sign-in bundle's exports do. */
final class CsvDownload {

    private CsvDownload() {
    }

    /** The link; {@code fileName} and {@code content} are asked for at the moment of the download. */
    static Anchor link(String id, String text, Supplier<String> fileName, Supplier<String> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), "text/csv; charset=UTF-8",
                    bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(text);
        // the download address belongs to the screen's UI, so it is made when the link is shown
        anchor.addAttachListener(e -> anchor.setHref(handler, AttachmentType.DOWNLOAD));
        anchor.setId(id);
        anchor.getStyle().set("display", "inline-block").set("padding", "12px 20px").set("margin", "4px")
                .set("min-height", "48px").set("box-sizing", "border-box").set("border", "1px solid #7a3e1d")
                .set("border-radius", "12px").set("font-size", "1.05rem");
        return anchor;
    }
}
