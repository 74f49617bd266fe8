package org.openris.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out ids for bulk-loaded rows, continuing after the highest id already in each table, and
 * moves the identity sequences past them at the end so later ordinary inserts do not collide.
 */
final class Ids {

    private final Map<String, Long> next = new HashMap<>();
    private final Connection connection;

    Ids(Connection connection) {
        this.connection = connection;
    }

    long next(String table) {
        return next.compute(table, (t, current) -> current == null ? start(t) : current + 1);
    }

    private long start(String table) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void advanceSequences() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : next.keySet()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
            }
        }
    }
}
