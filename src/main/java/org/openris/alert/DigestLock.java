package org.openris.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One digest run at a time across all instances of the application (several app servers on one
 * database): a PostgreSQL session-level advisory lock held on its own connection for the length of
 * the run. An instance that does not get it skips its run; the one that has it records every mailed
 * hit (alert_hit_sent) before it lets go, so a run that starts later finds nothing left to send. If
 * the instance dies, PostgreSQL drops the connection and with it the lock.
 */
@Component
class DigestLock {

    /** "RISALERT" as a number: the advisory lock key of the digest. */
    static final long KEY = 0x5249_5341_4C45_5254L;

    private final DataSource dataSource;

    DigestLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while holding the lock; empty when another instance holds it. */
    <T> Optional<T> exclusively(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Sperre der Suchbenachrichtigungen nicht verfügbar", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
