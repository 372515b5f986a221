package io.alembic.ui;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Accepts a bundle folder or .zip dropped on the window and hands it to the importer. */
final class DropHandler {
    private DropHandler() { }

    static void install(Node target, Consumer<Path> onBundle) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (bundleOf(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                if (!target.getStyleClass().contains("drop-target")) target.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.getStyleClass().remove("drop-target");
            Path bundle = bundleOf(e.getDragboard());
            e.setDropCompleted(bundle != null);
            e.consume();
            if (bundle != null) onBundle.accept(bundle);
        });
    }

    /** The single dropped file if it looks like a bundle (a folder or a .zip), else null. */
    static Path bundleOf(Dragboard db) {
        if (db == null || !db.hasFiles() || db.getFiles().size() != 1) return null;
        File f = db.getFiles().get(0);
        return looksLikeBundle(f) ? f.toPath() : null;
    }

    static boolean looksLikeBundle(File f) {
        return f.isDirectory() || (f.isFile() && f.getName().toLowerCase(Locale.ROOT).endsWith(".zip"));
    }
}
