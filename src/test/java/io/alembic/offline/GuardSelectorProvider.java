package io.alembic.offline;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The NIO half of the guard, named by {@code -Djava.nio.channels.spi.SelectorProvider} in surefire's argLine (the JDK
 * reads it once, at the first channel, so it cannot be set later from a test). Socket and datagram channels fail and
 * are recorded; selectors and pipes, which are local, go to the platform's provider.
 */
public final class GuardSelectorProvider extends SelectorProvider {
    private final SelectorProvider platform = platform();

    private static SelectorProvider platform() {
        try {
            return (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("needs --add-exports java.base/sun.nio.ch=ALL-UNNAMED", e);
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() { throw NetworkGuard.attempt("java.nio DatagramChannel"); }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) { throw NetworkGuard.attempt("java.nio DatagramChannel"); }

    @Override
    public ServerSocketChannel openServerSocketChannel() { throw NetworkGuard.attempt("java.nio ServerSocketChannel"); }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) {
        throw NetworkGuard.attempt("java.nio ServerSocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel() { throw NetworkGuard.attempt("java.nio SocketChannel"); }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) { throw NetworkGuard.attempt("java.nio SocketChannel"); }

    @Override
    public Pipe openPipe() throws IOException { return platform.openPipe(); }

    @Override
    public AbstractSelector openSelector() throws IOException { return platform.openSelector(); }
}
