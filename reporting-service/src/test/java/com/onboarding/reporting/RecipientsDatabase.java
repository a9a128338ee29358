package com.onboarding.reporting;

import com.onboarding.testsupport.Postgres;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report automation's database for the tests: database {@code reporting_recipients} on the tests' PostgreSQL,
 * with the fixture schema (src/test/resources/report-automation-schema.sql) applied as that application would have
 * it. The service itself never creates it.
 */
public class RecipientsDatabase implements QuarkusTestResourceLifecycleManager {

    private static String url;
    private static String user;
    private static String password;

    @Override
    public Map<String, String> start() {
        RealInfrastructure.startShared();
        String external = System.getenv("ONBOARDING_TEST_JDBC_URL");
        if (external != null) {
            url = external.replaceFirst("/[^/?]+(\\?|$)", "/reporting_recipients$1");
            user = System.getenv().getOrDefault("ONBOARDING_TEST_JDBC_USER", "onboarding");
            password = System.getenv().getOrDefault("ONBOARDING_TEST_JDBC_PASSWORD", "onboarding");
        } else {
            url = Postgres.database("reporting_recipients");
            user = Postgres.USERNAME;
            password = Postgres.PASSWORD;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                InputStream schema = RecipientsDatabase.class.getResourceAsStream("/report-automation-schema.sql")) {
            statement.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot prepare the report-recipient database", e);
        }
        return Map.of("quarkus.datasource.recipients.jdbc.url", url, "quarkus.datasource.recipients.username", user,
                "quarkus.datasource.recipients.password", password);
    }

    @Override
    public void stop() {
        // the server is shared for the test JVM
    }

    /** The rows of a company: [contact_name, email, report_type, added_at]. */
    public static List<List<Object>> rows(String company) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(
                        "select contact_name, email, report_type, added_at from report_recipient where company_name = ? order by id")) {
            statement.setString(1, company);
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(List.of(result.getString(1), result.getString(2), result.getString(3), result.getTimestamp(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void insert(String company, String name, String email, String type) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(
                        "insert into report_recipient (company_name, contact_name, email, report_type) values (?, ?, ?, ?)")) {
            statement.setString(1, company);
            statement.setString(2, name);
            statement.setString(3, email);
            statement.setString(4, type);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
