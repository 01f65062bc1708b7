package com.trackingintegration.batch.db;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The databases the product runs on, for a test class run once on each ({@code @ParameterizedClass @EnumSource}), and
 * the one the job tests run on in this test JVM ({@link #selected}).
 */
public enum TestDatabases {
    HSQLDB(TestDatabase::inMemoryHsqldb, TestDatabase::hsqldbFile, "HSQL Database Engine"),
    POSTGRESQL(TestPostgres::freshDatabase, TestPostgres::freshDatabase, "PostgreSQL");

    /** Names the job tests' database, {@code hsqldb} (the default) or {@code postgresql}: batch-app's pom runs them with each. */
    public static final String PROPERTY = "tracking.test.database";

    private final Supplier<TestDatabase> fresh;
    private final Supplier<TestDatabase> forJobTest;
    private final String productName;

    TestDatabases(Supplier<TestDatabase> fresh, Supplier<TestDatabase> forJobTest, String productName) {
        this.fresh = fresh;
        this.forJobTest = forJobTest;
        this.productName = productName;
    }

    /** A new, empty database of this kind. */
    public TestDatabase fresh() {
        return fresh.get();
    }

    /** A new, empty database of this kind for a job test's Spring context: on HSQLDB a file, as the product's default. */
    public TestDatabase forJobTest() {
        return forJobTest.get();
    }

    /** What its JDBC driver calls it ({@code DatabaseMetaData.getDatabaseProductName}). */
    public String productName() {
        return productName;
    }

    /** The database the job tests run on in this JVM: {@value #PROPERTY}, HSQLDB when unset. */
    public static TestDatabases selected() {
        String name = System.getProperty(PROPERTY, "hsqldb");
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(PROPERTY + "=" + name + " names no test database: hsqldb or postgresql", unknown);
        }
    }
}
