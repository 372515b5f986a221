package io.alembic.ui;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;

/** The file and folder pickers behind the File menu and the empty state; kept apart so MainWindow stays about layout. */
final class FileChoosers {
    private FileChoosers() { }

    static void chooseCase(MainWindow w) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("New or existing case folder");
        File dir = dc.showDialog(w.stage());
        if (dir != null) w.openCase(dir.toPath());
    }

    static void chooseBundleZip(MainWindow w) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import evidence bundle (.zip)");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Evidence bundle (*.zip)", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(w.stage());
        if (f != null) w.importBundle(f.toPath());
    }

    static void chooseBundleFolder(MainWindow w) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Import evidence bundle folder");
        File dir = dc.showDialog(w.stage());
        if (dir != null) w.importBundle(dir.toPath());
    }
}
