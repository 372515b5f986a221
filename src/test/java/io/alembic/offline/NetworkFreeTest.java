package io.alembic.offline;

import io.alembic.casefile.Case;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.ImportOptions;
import io.alembic.casefile.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Alembic never opens a socket. This JVM cannot (see {@link NetworkGuard}); the test first proves the guard holds on
 * every JDK route to the network, then runs the core work on the sample case — import, search, detect, verify — and
 * fails on any attempt recorded since the JVM started, including those a dependency caught and hid. The GUI's views run
 * under the same guard in io.alembic.ui.NetworkFreeWindowTest.
 */
public class NetworkFreeTest {
    @TempDir Path tmp;

    @Test
    void everyRouteToTheNetworkFails() {
        assertTrue(NetworkGuard.suiteWide, "NetworkGuardListener (META-INF/services) installs the guard before any test");
        assertInstanceOf(GuardSelectorProvider.class, SelectorProvider.provider(),
                "surefire's argLine must name the guard as java.nio.channels.spi.SelectorProvider");
        List<Throwable> before = NetworkGuard.attempts();
        refused("Socket", () -> new Socket());
        refused("Socket connect", () -> new Socket("127.0.0.1", 9));
        refused("ServerSocket", () -> new ServerSocket(0));
        refused("DatagramSocket", () -> new DatagramSocket());
        refused("SocketChannel", SocketChannel::open);
        refused("ServerSocketChannel", ServerSocketChannel::open);
        refused("DatagramChannel", DatagramChannel::open);
        refused("URL", () -> new URL("http://127.0.0.1:9/").openConnection().getInputStream());
        refused("HttpClient", () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        List<Throwable> made = new ArrayList<>(NetworkGuard.attempts());
        made.removeAll(before);
        assertTrue(made.size() >= 9, "each refusal is recorded: " + made.size());
        NetworkGuard.forget(made);
    }

    private static void refused(String what, Callable<?> c) {
        try {
            Object o = c.call();
            if (o instanceof AutoCloseable a) a.close();
        } catch (Throwable t) {
            for (Throwable x = t; x != null; x = x.getCause()) if (x instanceof NetworkGuard.NetworkAttempt) return;
            // HttpClient wraps the channel failure; the record is what counts
            if (!NetworkGuard.attempts().isEmpty()) return;
            fail(what + " failed, but not through the guard: " + t);
        }
        fail(what + " opened a socket: the guard is not installed");
    }

    @Test
    void importSearchDetectAndVerifyOpenNoSocket() throws Exception {
        NetworkGuard.install();
        NetworkGuard.forget(List.of());
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            var report = c.importBundle(Path.of("sample-cases/demo"), ImportOptions.DEFAULT, ImportListener.NONE, new CancelToken());
            assertTrue(report.recordsImported() > 0);
            assertTrue(c.search(SearchQuery.of("explain", 20)).total() > 0);
            assertTrue(c.detect(null, ImportListener.NONE, new CancelToken()).accounts().size() > 0);
            assertTrue(c.verify().ok());
        }
        assertEquals(List.of(), describe(NetworkGuard.attempts()), "socket attempts in this JVM");
    }

    public static List<String> describe(List<Throwable> attempts) {
        List<String> out = new ArrayList<>();
        for (Throwable t : attempts) {
            StringBuilder s = new StringBuilder(t.getMessage());
            for (StackTraceElement e : t.getStackTrace()) s.append("\n  at ").append(e);
            out.add(s.toString());
        }
        return out;
    }
}
