package com.trackingintegration.batch.db;

import java.util.function.Supplier;

/** The databases the product runs on, for a test class run once on each ({@code @ParameterizedClass @EnumSource}). */
public enum TestDatabases {
    HSQLDB(TestDatabase::inMemoryHsqldb),
    POSTGRESQL(TestPostgres::freshDatabase);

    private final Supplier<TestDatabase> fresh;

    TestDatabases(Supplier<TestDatabase> fresh) {
        this.fresh = fresh;
    }

    /** A new, empty database of this kind. */
    public TestDatabase fresh() {
        return fresh.get();
    }
}
