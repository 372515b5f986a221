package io.alembic.offline;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every way the JDK has to open a socket fail, and remembers who tried: java.net sockets through their impl
 * factories, java.nio channels (and so java.net.http) through {@link GuardSelectorProvider}, URL connections through
 * the proxy selector. Installed once for the whole test JVM ({@link NetworkGuardListener}), so every test of the suite
 * runs network-free; attempts are recorded as well as refused because a library that phones home usually swallows
 * the failure, and {@link NetworkFreeTest} fails the build on any recorded attempt.
 */
public final class NetworkGuard {
    private static final List<Throwable> ATTEMPTS = new ArrayList<>();
    private static boolean installed;
    /** Set when the guard came up before the first test, so every test of the run was guarded. */
    static volatile boolean suiteWide;

    private NetworkGuard() { }

    /** Thrown where a socket would have been made. Unchecked, so a catch (IOException) does not hide it. */
    public static final class NetworkAttempt extends RuntimeException {
        NetworkAttempt(String what) { super("Alembic never opens a socket, but this tried to: " + what); }
    }

    public static synchronized void install() {
        if (installed) return;
        try {
            Socket.setSocketImplFactory(() -> { throw attempt("java.net.Socket"); });
            ServerSocket.setSocketFactory(() -> { throw attempt("java.net.ServerSocket"); });
            DatagramSocket.setDatagramSocketImplFactory(() -> { throw attempt("java.net.DatagramSocket"); });
        } catch (IOException e) {
            throw new IllegalStateException("a socket factory was already set: cannot guard this JVM", e);
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) { throw attempt("connection to " + uri); }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) { }
        });
        installed = true;
    }

    static NetworkAttempt attempt(String what) {
        NetworkAttempt a = new NetworkAttempt(what);
        synchronized (ATTEMPTS) { ATTEMPTS.add(a); }
        return a;
    }

    /** Every attempt since the JVM started, each with the stack that made it. */
    public static List<Throwable> attempts() {
        synchronized (ATTEMPTS) { return List.copyOf(ATTEMPTS); }
    }

    /** Forgets attempts the guard's own self-test made on purpose. */
    static void forget(List<Throwable> expected) {
        synchronized (ATTEMPTS) { ATTEMPTS.removeAll(expected); }
    }

    public static synchronized boolean installed() { return installed; }
}
