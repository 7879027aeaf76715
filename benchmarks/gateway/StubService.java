import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServer;

/**
 * A downstream stand-in for the gateway benchmark on Reactor Netty (the same server stack as the gateway, so the stub
 * is never the bottleneck): answers every request at once with a small JSON body.
 */
public class StubService {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        var body = "{\"id\":\"0190f3a8-5b1e-7c4d-9a2b-1f2e3d4c5b6a\",\"name\":\"Spice Garden\",\"open\":true}";
        var server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .handle((request, response) -> request.receive()
                        .then()
                        .then(response.header("Content-Type", "application/json")
                                .sendString(Mono.just(body))
                                .then()))
                .bindNow(Duration.ofSeconds(10));
        System.out.println("stub listening on " + server.port());
        server.onDispose().block();
    }
}
