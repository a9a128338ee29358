package com.onboarding.reporting.recipients;

import com.onboarding.clients.http.TransientFailure;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.rules.RecipientRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The report automation's SQL database (another application's: ThinkAutomation polls it). This service only reads
 * and inserts rows of the existing table, always through parameterised SQL that runs on PostgreSQL and SQL Server
 * alike; it never creates or alters anything there. A row is looked up before it is inserted, and the table's
 * UNIQUE (company, email, report type) catches a concurrent insert, so a retry never duplicates.
 */
@ApplicationScoped
public class RecipientDatabase {

    private static final Logger LOG = Logger.getLogger(RecipientDatabase.class);

    private final AgroalDataSource dataSource;
    private final String table;

    public RecipientDatabase(@DataSource("recipients") AgroalDataSource dataSource, ReportingConfig config) {
        this.dataSource = dataSource;
        this.table = config.recipients().table();
        if (!table.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("reporting.recipients.table is not a plain table name: " + table);
        }
    }

    /**
     * The company names in the table that begin like {@code companyName} (its first four letters or digits, any case):
     * the candidates for another spelling of the same company.
     */
    public List<String> spellingsLike(String companyName) {
        String sql = "select distinct company_name from " + table + " where lower(company_name) like ?";
        String prefix = companyName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").trim();
        prefix = prefix.substring(0, Math.min(4, prefix.length()));
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix + "%");
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new TransientFailure("Report-recipient database: cannot read company names: " + e.getMessage(), e);
        }
    }

    /** Inserts the row unless it is there; true when inserted. */
    public boolean addIfAbsent(RecipientRows.Row row) {
        String find = "select 1 from " + table + " where company_name = ? and email = ? and report_type = ?";
        String insert = "insert into " + table + " (company_name, contact_name, email, report_type) values (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(find)) {
                statement.setString(1, row.companyName());
                statement.setString(2, row.email());
                statement.setString(3, row.reportType());
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, row.companyName());
                statement.setString(2, row.contactName());
                statement.setString(3, row.email());
                statement.setString(4, row.reportType());
                statement.executeUpdate();
            }
            // the address is personal data: DEBUG only, with the onboarding id
            LOG.infof("Report-recipient database: added a %s recipient for onboarding %s", row.reportType(), MDC.get("onboardingId"));
            LOG.debugf("Report-recipient database: added %s (%s) for %s for onboarding %s", row.email(), row.reportType(),
                    row.companyName(), MDC.get("onboardingId"));
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw new TransientFailure("Report-recipient database: cannot add " + row.email() + ": " + e.getMessage(), e);
        }
    }

    /** PostgreSQL 23505; SQL Server 2627 / 2601 (SQLState 23000). */
    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 2627 || e.getErrorCode() == 2601;
    }
}
