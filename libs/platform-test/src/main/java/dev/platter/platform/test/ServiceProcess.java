package dev.platter.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Platter service running as its own process, configured for this run (database, topics, keys, test token key)
 * on a free port: either a service's built jar, or a main class from the test's classpath. Logs go to
 * {@code target/service-logs/<name>.log} of the module running the test.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, List<String> command, int port, Path log) {
        this.name = name;
        this.command = command;
        this.port = port;
        this.log = log;
    }

    /** A Platter service from its built jar, e.g. {@code ServiceProcess.jar("user-service", "platter_user")}. */
    public static Builder jar(String module, String database) {
        var jar = repositoryRoot().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./platform test builds every jar before the tests");
        }
        return new Builder(module, List.of("-jar", jar.toString()), database);
    }

    /** A main class from the current test classpath, e.g. a probe application of a library's tests. */
    public static Builder mainClass(String name, Class<?> mainClass, String database) {
        return new Builder(name, List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()), database);
    }

    /** Starts the process and waits until it reports ready. */
    public ServiceProcess start() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(name + " exited; see " + log, () -> !process.isAlive())
                    .until(this::ready);
        } catch (RuntimeException notReady) {
            // a process that never became ready is not left running behind the failed test
            process.destroyForcibly();
            throw notReady;
        }
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    /** Kills the process at once (SIGKILL): a crash, with no chance to finish anything. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    /** Stops the process gracefully (SIGTERM). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private boolean ready() {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path repositoryRoot() {
        var dir = Path.of("").toAbsolutePath();
        for (var candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("platform"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Not inside the Platter repository: " + dir);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to start a service process. */
    public static final class Builder {

        private final String name;
        private final List<String> launch;
        private final String database;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(
                List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));

        private Builder(String name, List<String> launch, String database) {
            this.name = name;
            this.launch = launch;
            this.database = database;
        }

        /** Overrides one Spring property (a command-line argument, so it wins over everything else). */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public ServiceProcess start() {
            return build().start();
        }

        /** The process, configured but not started: start it with {@link ServiceProcess#start()}. */
        public ServiceProcess build() {
            int port = freePort();
            var all = new LinkedHashMap<>(RunProperties.forService(database, database, database));
            all.put("server.port", Integer.toString(port));
            all.putAll(properties);
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(launch);
            all.forEach((key, value) -> command.add("--" + key + "=" + value));
            var log = Path.of("target", "service-logs", name + ".log").toAbsolutePath();
            return new ServiceProcess(name, command, port, log);
        }
    }
}
