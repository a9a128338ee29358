package com.onboarding.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every call the app under test makes to Keycloak, counted: a plain HTTP forward proxy on a free loopback port that the
 * app's OIDC client is told to use ({@code quarkus.oidc.proxy.host} / {@code port}), so discovery, the realm's keys
 * (JWKS), introspection and userinfo all pass through it with the app's configuration otherwise unchanged. Each
 * request is forwarded to Keycloak as it is and its path recorded ({@link #calls()}). Use with {@link KeycloakServer}.
 */
public class KeycloakCallCounter implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "upgrade",
            "proxy-connection", "keep-alive", "transfer-encoding", "expect");
    private static final List<String> CALLS = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The Keycloak call counter did not start", e);
        }
        server.createContext("/", KeycloakCallCounter::forward);
        server.start();
        return Map.of("quarkus.oidc.proxy.host", "127.0.0.1",
                "quarkus.oidc.proxy.port", String.valueOf(server.getAddress().getPort()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The path of every request the app sent to Keycloak so far, in order. */
    public static List<String> calls() {
        return List.copyOf(CALLS);
    }

    /** How many calls so far (take it before and after what is measured). */
    public static int count() {
        return CALLS.size();
    }

    private static void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = exchange.getRequestURI();
            CALLS.add(target.getPath());
            if (target.getHost() == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<InputStream> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            try (InputStream in = response.body()) {
                byte[] answer = in.readAllBytes();
                exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                }
            }
        }
    }
}
