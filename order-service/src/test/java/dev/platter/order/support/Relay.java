package dev.platter.order.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A TCP relay in front of a neighbouring service, so a test can cut the line (connections refused, open ones
 * dropped) and restore it at once, without restarting the service behind it.
 */
public final class Relay implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final ExecutorService pipes = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "relay");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ServerSocket listener;

    private Relay(int targetPort) {
        this.targetPort = targetPort;
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A relay on a free loopback port to {@code target}'s port on loopback, passing connections through. */
    public static Relay to(URI target) {
        var relay = new Relay(target.getPort());
        relay.restore();
        return relay;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** New connections are refused and open ones are dropped, as when the service behind has gone away. */
    public synchronized void cut() {
        var current = listener;
        listener = null;
        closeQuietly(current);
        open.forEach(Relay::closeQuietly);
        open.clear();
    }

    /** Connections pass through again. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            pipes.execute(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                var upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pipes.execute(() -> pipe(client, upstream));
                pipes.execute(() -> pipe(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // the other side went away, or the line was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(@Nullable AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        pipes.shutdownNow();
    }
}
