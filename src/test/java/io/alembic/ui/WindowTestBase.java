package io.alembic.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** One main window over a fresh session per test, closed afterwards: the fixture every window test shares. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    static {
        Fx.bigHeadlessScreen();
    }

    MainWindow window;
    CaseSession session;

    /** Subclasses call this from their own {@code @Start} method: TestFX only looks for it on the test class. */
    void open(Stage stage) {
        session = new CaseSession();
        window = new MainWindow(stage, session);
        size(stage);
        window.show();
    }

    /** Screenshot tests fix the window size; the others keep the default. */
    void size(Stage stage) { }

    @AfterEach
    void closeSession() {
        Fx.run(() -> window.stage().close());
        session.close();
    }
}
