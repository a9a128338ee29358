package com.onboarding.gateway.security;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A server-sent-event stream read as the staff web page reads it: fetch with a bearer token, lines as they come. */
public final class SseStream implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private SseStream(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> answer.body().forEach(lines::add));
    }

    public static SseStream open(String path, String token) {
        return new SseStream(path, token);
    }

    /** The status, once the headers arrived. */
    public int status() {
        return response.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join().statusCode();
    }

    public boolean headersArrived() {
        return response.isDone();
    }

    public List<String> lines() {
        return lines;
    }

    /** The data lines' content. */
    public List<String> data() {
        return lines.stream().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).trim()).toList();
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
