package com.onboarding.gateway.onboarding;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the gateway database's {@code onboarding_changed} channel with a connection of its own (not from the
 * pool: it is held for the instance's lifetime) and hands every notification to {@link OnboardingChanges}. A lost
 * connection is opened again with a capped backoff; until then this instance's watchers hear nothing, and the web
 * page reloads what it shows when its stream reconnects.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final OnboardingChanges changes;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private Thread thread;

    public ChangeListener(OnboardingChanges changes, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.changes = changes;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        thread = new Thread(this::listen, "onboarding-change-listener");
        thread.setDaemon(true);
        thread.start();
        try {
            listening.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        stopped.countDown();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + OnboardingChanges.CHANNEL);
                }
                listening.countDown();
                backoff = Duration.ofMillis(200);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            changes.heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Live updates: listening on the database failed (%s); listening again in %d ms", e.getMessage(),
                        backoff.toMillis());
                try {
                    if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
