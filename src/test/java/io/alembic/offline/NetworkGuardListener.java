package io.alembic.offline;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Installs {@link NetworkGuard} before the first test runs (registered in META-INF/services), for the whole suite. */
public final class NetworkGuardListener implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NetworkGuard.install();
        NetworkGuard.suiteWide = true;
    }
}
