package com.onboarding.messaging.turns;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One read-merge-write of a shared external object at a time, across every instance of a service: when several
 * onboardings change one object (the shared reminder's registration, a company's field, a Site Summary asset),
 * workers side by side would each read the old state and the last write would undo the others'. The turn is a
 * PostgreSQL session advisory lock on a connection of its own, outside any transaction (the external calls run in
 * it); a killed instance's connection closes and frees the turn.
 */
@ApplicationScoped
public class Turns {

    private final AgroalDataSource dataSource;

    public Turns(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in the turn of the object {@code key} of kind {@code kind}, waiting for the turn. */
    public <T> T inTurn(String kind, String key, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            advisory(connection, "select pg_advisory_lock(hashtext(?), hashtext(?))", kind, key);
            try {
                return work.get();
            } finally {
                advisory(connection, "select pg_advisory_unlock(hashtext(?), hashtext(?))", kind, key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No turn for " + kind + " " + key + ": " + e.getMessage(), e);
        }
    }

    public void inTurn(String kind, String key, Runnable work) {
        inTurn(kind, key, () -> {
            work.run();
            return null;
        });
    }

    private static void advisory(Connection connection, String sql, String kind, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind);
            statement.setString(2, key);
            statement.execute();
        }
    }
}
