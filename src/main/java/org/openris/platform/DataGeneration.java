package org.openris.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data generation (ADR 0014): a counter that moves with every committed transaction writing
 * published data. Anything derived from published data (stored OParl documents, cached portal
 * pages) is valid only for the generation it was made at.
 */
@Component
public class DataGeneration {

    private final JdbcClient jdbc;

    DataGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("SELECT value FROM data_generation").query(Long.class).single();
    }
}
