package dev.platter.benchmarks.load;

import dev.platter.benchmarks.city.City;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed-in accounts of the city, as their apps hold them: an access token and a refresh token each. Signing in costs
 * user-service an argon2 hash, so sessions are kept between runs in {@code benchmarks/results/city/sessions.tsv}
 * (git-ignored) and refreshed (a cheap call) when their access token would not last the run; an account is signed in
 * again only when its refresh token no longer works. Sign-ins and refreshes go straight to user-service, as the demo's
 * do: the gateway allows a handful of sign-ins per minute from one address.
 */
public final class Sessions {

    /** One signed-in account. */
    public record Session(String email, UUID userId, String accessToken, Instant expiresAt, String refreshToken) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI users;
    private final Path file;
    private final int threads;
    private final Consumer<String> say;
    private final Map<String, Session> known = new ConcurrentHashMap<>();

    public Sessions(URI userService, Path file, int threads, Consumer<String> say) throws IOException {
        this.users = userService;
        this.file = file;
        this.threads = threads;
        this.say = say;
        if (Files.isRegularFile(file)) {
            for (var line : Files.readAllLines(file)) {
                var f = line.split("\t");
                if (f.length == 5) {
                    known.put(f[0], new Session(f[0], UUID.fromString(f[1]), f[2], Instant.parse(f[3]), f[4]));
                }
            }
        }
    }

    /** A session per email whose access token lasts at least {@code mustLast} from now. */
    public Map<String, Session> obtain(List<String> emails, Duration mustLast) throws Exception {
        return obtain(emails, mustLast, City.PASSWORD);
    }

    /** The same, for accounts with another password (the platform's admin). */
    public Map<String, Session> obtain(List<String> emails, Duration mustLast, String password) throws Exception {
        var needed = Instant.now().plus(mustLast);
        var result = new ConcurrentHashMap<String, Session>();
        var refreshed = new AtomicInteger();
        var signedIn = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        var began = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (var email : emails) {
                futures.add(pool.submit(() -> {
                    var session = known.get(email);
                    if (session != null && session.expiresAt().isAfter(needed)) {
                        result.put(email, session);
                        return null;
                    }
                    @Nullable Session fresh = null;
                    if (session != null) {
                        fresh = refresh(session);
                        if (fresh != null) {
                            refreshed.incrementAndGet();
                        }
                    }
                    if (fresh == null) {
                        fresh = signIn(email, password);
                        signedIn.incrementAndGet();
                    }
                    known.put(email, fresh);
                    result.put(email, fresh);
                    return null;
                }));
            }
            int done = 0;
            for (var future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(
                            "Could not sign in: " + e.getCause().getMessage(), e.getCause());
                }
                if (++done % 1000 == 0) {
                    say.accept("  sessions: " + done + " of " + emails.size());
                }
            }
        } finally {
            pool.shutdownNow();
            save();
        }
        if (refreshed.get() + signedIn.get() > 0) {
            say.accept(String.format(
                    "  sessions: %d kept, %d refreshed, %d signed in (%.1f s)",
                    emails.size() - refreshed.get() - signedIn.get(),
                    refreshed.get(),
                    signedIn.get(),
                    (System.nanoTime() - began) / 1e9));
        }
        var ordered = new LinkedHashMap<String, Session>();
        emails.forEach(email -> ordered.put(email, result.get(email)));
        return ordered;
    }

    private Session signIn(String email, String password) throws Exception {
        var response = post("/api/v1/auth/login", Map.of("email", email, "password", password));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(email + " could not sign in (" + response.statusCode() + " "
                    + response.body() + "); was the city seeded (./platform bench seed)?");
        }
        return session(email, response.body());
    }

    /** A new pair for a kept refresh token; null when it no longer works. */
    private @Nullable Session refresh(Session session) throws Exception {
        var response = post("/api/v1/auth/refresh", Map.of("refreshToken", session.refreshToken()));
        return response.statusCode() == 200 ? session(session.email(), response.body()) : null;
    }

    private HttpResponse<String> post(String path, Map<String, String> body) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(
                        HttpRequest.newBuilder(users.resolve(path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static Session session(String email, String body) {
        var tokens = JSON.readTree(body);
        var access = tokens.get("accessToken").asString();
        var claims = JSON.readTree(
                new String(Base64.getUrlDecoder().decode(access.split("\\.")[1]), StandardCharsets.UTF_8));
        return new Session(
                email,
                UUID.fromString(claims.get("sub").asString()),
                access,
                Instant.ofEpochSecond(claims.get("exp").asLong()),
                tokens.get("refreshToken").asString());
    }

    private synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        var lines = new ArrayList<String>();
        known.values()
                .forEach(s -> lines.add(String.join(
                        "\t",
                        s.email(),
                        s.userId().toString(),
                        s.accessToken(),
                        s.expiresAt().toString(),
                        s.refreshToken())));
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, lines);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder is git-ignored either way
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
