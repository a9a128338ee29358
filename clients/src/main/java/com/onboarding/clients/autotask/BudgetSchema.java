package com.onboarding.clients.autotask;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.clazz.NoopClassProvider;

/**
 * The shared budget database's tables, migrated by Flyway (history table {@code autotask_budget_schema_history}) from
 * this jar's {@code db/autotask-budget} migrations, named here so nothing is scanned: every service and instance
 * may migrate it at start (Flyway's lock lets one at a time), none touches the service's own migrations.
 */
final class BudgetSchema {

    static final List<String> MIGRATIONS = List.of("V105__autotask_request_budget.sql");

    private BudgetSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure(BudgetSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table("autotask_budget_schema_history")
                .resourceProvider(new Migrations())
                .javaMigrationClassProvider(NoopClassProvider.INSTANCE)
                .load().migrate();
    }

    private static final class Migrations implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return MIGRATIONS.contains(name) ? new Migration(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return MIGRATIONS.stream().filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                    .<LoadableResource>map(Migration::new).toList();
        }
    }

    private static final class Migration extends LoadableResource {

        private final String name;

        Migration(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            try (InputStream in = BudgetSchema.class.getClassLoader().getResourceAsStream("db/autotask-budget/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("db/autotask-budget/" + name + " is missing from the clients jar");
                }
                return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return "db/autotask-budget/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
