package com.onboarding.reminder.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One registration of a reminder with Power Automate at a time, across every instance of this service. The flow
 * keeps the registration that arrives last, so two instances registering the shared reminder side by side could have
 * an older BCC list arrive after a newer one. In its turn, a registration reads the newest revision and sends it, so
 * registrations arrive in revision order. The turn is a PostgreSQL session advisory lock on a connection of its own,
 * outside any transaction (the external call runs in it); a killed instance's connection closes and frees the turn.
 */
@ApplicationScoped
public class RegistrationTurns {

    private static final String TURNS = "reminders.power-automate.register";

    private final AgroalDataSource dataSource;

    public RegistrationTurns(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void inTurn(long reminderId, Runnable registration) {
        try (Connection connection = dataSource.getConnection()) {
            advisory(connection, "select pg_advisory_lock(hashtext(?), ?)", reminderId);
            try {
                registration.run();
            } finally {
                advisory(connection, "select pg_advisory_unlock(hashtext(?), ?)", reminderId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No turn to register reminder " + reminderId + ": " + e.getMessage(), e);
        }
    }

    private static void advisory(Connection connection, String sql, long reminderId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TURNS);
            statement.setInt(2, Math.toIntExact(reminderId));
            statement.execute();
        }
    }
}
