import com.sun.net.httpserver.HttpServer;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Postgres wire-protocol relay that counts the SQL statements its clients execute, by kind (select, insert, update,
 * delete, begin/commit/rollback, other): every simple Query and every Execute of an extended-protocol portal, resolved
 * through its Bind to the statement's Parse text. Point a service's JDBC URL at it (with {@code sslmode=disable}, so
 * the protocol stays readable) and read the running counts at {@code GET /} on the control port.
 *
 * <p>Usage: {@code java StatementCounter.java <listen port> <control port> [postgres host] [postgres port]}
 */
public class StatementCounter {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSSENC_REQUEST = 80877104;
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int control = Integer.parseInt(args[1]);
        var host = args.length > 2 ? args[2] : "127.0.0.1";
        int postgresPort = args.length > 3 ? Integer.parseInt(args[3]) : 5432;

        var http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), control), 0);
        http.createContext("/", exchange -> {
            var counts = new TreeMap<String, Long>();
            COUNTS.forEach((kind, count) -> counts.put(kind, count.sum()));
            var body = counts.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();

        try (var listener = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            while (true) {
                var client = listener.accept();
                var server = new Socket(host, postgresPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                start(() -> countAndForward(client, server));
                start(() -> forward(server, client));
            }
        }
    }

    private static void start(Runnable pipe) {
        var thread = new Thread(pipe, "pipe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Backend to frontend: passed through untouched. */
    private static void forward(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // one side went away
        } finally {
            close(from);
            close(to);
        }
    }

    /** Frontend to backend: each message read whole, counted, and passed on. */
    private static void countAndForward(Socket client, Socket server) {
        var statements = new HashMap<String, String>(); // prepared statement name -> SQL
        var portals = new HashMap<String, String>(); // portal name -> SQL
        try (var in = new DataInputStream(client.getInputStream());
                var out = server.getOutputStream()) {
            int code;
            do { // the startup message has no type byte; SSL and GSS requests come before it
                int length = in.readInt();
                var rest = in.readNBytes(length - 4);
                code = java.nio.ByteBuffer.wrap(rest).getInt();
                out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
                out.write(rest);
                out.flush();
            } while (code == SSL_REQUEST || code == GSSENC_REQUEST);
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                var body = in.readNBytes(length - 4);
                if (body.length < length - 4) {
                    throw new EOFException();
                }
                switch (type) {
                    case 'Q' -> count(cString(body, 0));
                    case 'P' -> {
                        var name = cString(body, 0);
                        statements.put(name, cString(body, name.getBytes(StandardCharsets.UTF_8).length + 1));
                    }
                    case 'B' -> {
                        var portal = cString(body, 0);
                        var statement = cString(body, portal.getBytes(StandardCharsets.UTF_8).length + 1);
                        portals.put(portal, statements.getOrDefault(statement, "?"));
                    }
                    case 'E' -> count(portals.getOrDefault(cString(body, 0), "?"));
                    default -> {}
                }
                out.write(type);
                out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
                out.write(body);
                if (type == 'S' || type == 'Q' || type == 'H' || type == 'X') {
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the connection ended
        } finally {
            close(client);
            close(server);
        }
    }

    private static void count(String sql) {
        var verb = sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        var kind =
                switch (verb) {
                    case "select", "insert", "update", "delete" -> verb;
                    case "begin", "commit", "rollback", "savepoint", "release" -> "transaction";
                    default -> "other";
                };
        COUNTS.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static String cString(byte[] body, int from) {
        int end = from;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, from, end - from, StandardCharsets.UTF_8);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
