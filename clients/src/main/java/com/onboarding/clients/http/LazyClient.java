package com.onboarding.clients.http;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The JAX-RS client of one external API, built on first use (not while the bean is created at start) with that API's
 * connect and read timeout, then shared by every call: it is thread-safe.
 */
public final class LazyClient {

    private final Duration timeout;
    private volatile Client client;

    public LazyClient(Duration timeout) {
        this.timeout = timeout;
    }

    public Client get() {
        Client current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = ClientBuilder.newBuilder()
                            .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }
}
