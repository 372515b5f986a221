package io.alembic.cli.boot;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's Main-Class: checks the Java version, then hands over to io.alembic.cli.Main. Compiled for Java 8 and
 * reaching Main only by reflection, so nothing compiled for 17 is loaded before the check has spoken.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) throws Throwable {
        String problem = JavaVersionCheck.problem(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        try {
            Class.forName("io.alembic.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
