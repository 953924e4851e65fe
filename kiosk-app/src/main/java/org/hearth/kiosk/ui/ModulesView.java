package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.osgi.ModuleManager;
import org.hearth.kiosk.osgi.ModuleManager.Refused;
import org.hearth.kiosk.osgi.ModuleRegistry;
import org.hearth.kiosk.web.HealthServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's module manager: the kiosk's health in words, every bundle with what it offers and why it
 * failed, stopping and starting one, and adding or removing a local program. Every change is audited.
 */
final class ModulesView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ModulesView.class);

    private final Texts texts;
    private final Viewer viewer;
    private final Paragraph status = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Div cards = new Div();
    private Upload upload;
    private Runnable listener;
    private AutoCloseable bundleChanges;
    private List<ModuleManager.Installed> shown = List.of();

    ModulesView(Texts texts, Viewer viewer) {
        this.texts = texts;
        this.viewer = viewer;
        addClassName("modules");
        status.setId("health-status");
        message.setId("modules-message");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        problems.setId("health-problems");
        cards.setId("modules-list");
        cards.addClassName("module-cards");
        add(new H1(texts.get("health.title")), status, new H2(texts.get("modules.add")),
                new Paragraph(texts.get("modules.add.explain")), upload(), message,
                new H2(texts.get("health.problems")), problems, new H2(texts.get("health.bundles")), again(), cards);
        refresh();
    }

    private Upload upload() {
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                installed(metadata.fileName(), in);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("modules-upload");
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ModuleManager.MAX_UPLOAD_BYTES);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> say("modules.refused.notjar"));
        return upload;
    }

    private void installed(String fileName, InputStream content) throws IOException {
        String key;
        try {
            String name = KioskServices.get().moduleManager().install(fileName, content);
            audit("module.install", name);
            key = "modules.installed";
        } catch (Refused refused) {
            LOG.info("An uploaded file was refused: {}", refused.key());
            key = refused.key();
        }
        String said = key;
        getUI().ifPresent(ui -> ui.access(() -> {
            say(said);
            upload.clearFileList();
        }));
    }

    private Button again() {
        Button again = new Button(texts.get("modules.again"), e -> refresh());
        again.setId("modules-again");
        return again;
    }

    void refresh() {
        Map<String, Object> report = HealthServlet.report();
        status.setText(texts.get("health.status." + report.get("status")));
        problems.removeAll();
        ModuleManager manager = KioskServices.get().moduleManager();
        manager.strays().forEach(stray -> problems.add(new ListItem(texts.get("health.bundle.failed", stray.file(), stray.error()))));
        List<ModuleManager.Installed> installed = manager.installed(texts.locale());
        installed.stream().filter(b -> b.error() != null).forEach(b -> problems.add(new ListItem(
                texts.get("health.bundle.failed", b.name(), b.error()))));
        // bundles change in bursts (installed, resolved, started): a card is drawn again only when it changed,
        // so a button is not swapped under a finger
        if (!installed.equals(shown)) {
            shown = installed;
            cards.removeAll();
            installed.forEach(bundle -> cards.add(new ModuleCard(bundle, texts, this::act)));
        }
        KioskServices.get().modules().entries().stream().filter(e -> e.state() == ModuleRegistry.State.FAILED)
                .forEach(e -> problems.add(new ListItem(texts.get("health.module.failed",
                        ModuleRegistry.safeTitle(e.module(), texts.locale()), e.error()))));
        if (problems.getChildren().findAny().isEmpty()) {
            problems.add(new ListItem(texts.get("health.none")));
        }
    }

    private void act(ModuleCard.Action action, ModuleManager.Installed bundle) {
        ModuleManager manager = KioskServices.get().moduleManager();
        try {
            switch (action) {
                case STOP -> manager.stop(bundle.id());
                case START -> manager.start(bundle.id());
                case REMOVE -> manager.remove(bundle.id());
            }
            audit("module." + action.name().toLowerCase(java.util.Locale.ROOT), bundle.name());
            say("modules.done." + action.name().toLowerCase(java.util.Locale.ROOT), bundle.name());
        } catch (Refused refused) {
            say(refused.key());
        } catch (Exception e) {
            LOG.warn("Module {} could not be changed ({})", bundle.name(), e.getClass().getSimpleName(), e);
            say("modules.failed", bundle.name());
        }
        refresh();
    }

    private void say(String key, Object... args) {
        message.setText(texts.get(key, args));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // a local program shows as soon as it is installed, and goes when it is gone
        listener = () -> ui.access(this::refresh);
        KioskServices.get().modules().addListener(listener);
        bundleChanges = KioskServices.get().moduleManager().onChange(listener);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        KioskServices.get().modules().removeListener(listener);
        try {
            bundleChanges.close();
        } catch (Exception e) {
            LOG.debug("Bundle listener already gone", e);
        }
    }

    private void audit(String action, String bundleName) {
        String actor = viewer.personId().orElse("unknown");
        KioskServices.get().audit().ifPresent(log -> log.record(actor, action, bundleName));
        LOG.info("Module change: {} {}", action, bundleName);
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.get("modules.upload.button")).setMany(texts.get("modules.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.get("modules.upload.drop")).setMany(texts.get("modules.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(texts.get("modules.refused.many"))
                .setFileIsTooBig(texts.get("modules.refused.large")).setIncorrectFileType(texts.get("modules.refused.notjar")));
        return i18n;
    }
}
