package com.onboarding.clients.autotask;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The tenant's Autotask request budget and endpoint thread limit kept in one PostgreSQL database every service and
 * instance reaches ({@code autotask.shared-budget.*}): a token bucket row per tenant (one statement takes a token;
 * a negative balance is a reservation waited out here) and three slot rows per object endpoint, each held with a
 * lease while a request runs. Connections are autocommit and outside any transaction (a small pool of its own).
 */
final class SharedRequestBudget implements RequestBudget {

    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private static final Duration LAST_POLL = Duration.ofMillis(250);

    private final AgroalDataSource dataSource;
    private final String tenant;
    private final double capacity;
    private final double perSecond;
    private final int perEndpoint;
    private final Duration slotLease;
    private final String owner = UUID.randomUUID().toString();
    private final AtomicLong calls = new AtomicLong();
    /** Endpoints whose slot rows this JVM has made sure of (they are never deleted): one write less per call. */
    private final Set<String> endpointsWithSlots = ConcurrentHashMap.newKeySet();

    SharedRequestBudget(AgroalDataSource dataSource, String tenant, int perHour, int burst, int perEndpoint, Duration slotLease) {
        this.dataSource = dataSource;
        this.tenant = tenant;
        this.capacity = Math.max(1, burst);
        this.perSecond = perHour / 3600.0;
        this.perEndpoint = perEndpoint;
        this.slotLease = slotLease;
        BudgetSchema.migrate(dataSource);
        update("insert into autotask_request_budget (tenant, tokens, refilled_at) values (?, ?, clock_timestamp()) "
                + "on conflict do nothing", tenant, capacity);
    }

    static SharedRequestBudget connect(AutotaskConfig.SharedBudget shared, AutotaskConfig config) {
        try {
            AgroalDataSource dataSource = pool(shared.jdbcUrl().orElseThrow(), shared.username(), shared.password(),
                    shared.connections());
            return new SharedRequestBudget(dataSource, shared.tenant(), config.requestsPerHour(), config.burst(),
                    config.maxConcurrentPerEndpoint(), config.timeout().multipliedBy(2).plusSeconds(5));
        } catch (SQLException e) {
            throw new IllegalStateException("The shared Autotask budget database cannot be reached", e);
        }
    }

    /** The budget's own small pool (every service has one, beside its own database's). */
    static AgroalDataSource pool(String jdbcUrl, Optional<String> username, Optional<String> password, int connections)
            throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(connections).minSize(0).initialSize(0)
                        .acquisitionTimeout(Duration.ofSeconds(10))
                        // a restarted database leaves every pooled connection broken: one that fails fatally is
                        // dropped, and one idle for a few seconds is checked before it is handed out again
                        .exceptionSorter(new PostgreSQLExceptionSorter())
                        .connectionValidator(ConnectionValidator.defaultValidator())
                        .idleValidationTimeout(Duration.ofSeconds(5))
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(jdbcUrl).autoCommit(true)
                                .principal(username.map(NamePrincipal::new).orElse(null))
                                .credential(password.map(SimplePassword::new).orElse(null)))));
    }

    @Override
    public void takeToken() throws InterruptedException {
        double balance = query("""
                update autotask_request_budget
                set tokens = least(?, tokens + extract(epoch from clock_timestamp() - refilled_at) * ?) - 1,
                    refilled_at = clock_timestamp()
                where tenant = ? returning tokens""", capacity, perSecond, tenant);
        if (balance < 0) {
            TimeUnit.MILLISECONDS.sleep((long) Math.ceil(-balance / perSecond * 1000));
        }
    }

    @Override
    public Optional<Slot> enter(String endpoint, Duration wait) throws InterruptedException {
        if (!endpointsWithSlots.contains(endpoint)) {
            update("insert into autotask_endpoint_slot (tenant, endpoint, slot) select ?, ?, s from generate_series(0, ? - 1) s "
                    + "on conflict do nothing", tenant, endpoint, perEndpoint);
            endpointsWithSlots.add(endpoint);
        }
        String holder = owner + "/" + calls.incrementAndGet();
        long deadline = System.nanoTime() + wait.toNanos();
        Duration poll = FIRST_POLL;
        while (true) {
            Double slot = queryOptional("""
                    update autotask_endpoint_slot set holder = ?, held_until = clock_timestamp() + make_interval(secs => ?)
                    where (tenant, endpoint, slot) = (
                        select tenant, endpoint, slot from autotask_endpoint_slot
                        where tenant = ? and endpoint = ? and slot < ? and (held_until is null or held_until < clock_timestamp())
                        order by slot limit 1 for update skip locked)
                    returning slot""", holder, (double) slotLease.toSeconds(), tenant, endpoint, perEndpoint);
            if (slot != null) {
                int taken = slot.intValue();
                return Optional.of(() -> update("update autotask_endpoint_slot set holder = null, held_until = null "
                        + "where tenant = ? and endpoint = ? and slot = ? and holder = ?", tenant, endpoint, taken, holder));
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            TimeUnit.MILLISECONDS.sleep(poll.toMillis());
            poll = poll.multipliedBy(2).compareTo(LAST_POLL) > 0 ? LAST_POLL : poll.multipliedBy(2);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    DataSource dataSource() {
        return dataSource;
    }

    private double query(String sql, Object... parameters) {
        Double value = queryOptional(sql, parameters);
        if (value == null) {
            throw new IllegalStateException("The shared Autotask budget has no row for tenant " + tenant);
        }
        return value;
    }

    private Double queryOptional(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getDouble(1) : null;
        } catch (SQLException e) {
            throw new jakarta.ws.rs.ProcessingException("The shared Autotask budget cannot be read: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new jakarta.ws.rs.ProcessingException("The shared Autotask budget cannot be written: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
