package org.openris.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} (text format), buffered per table.
 * Tables are flushed in the order they were first written to, which the generator keeps in
 * foreign-key order; everything runs in the caller's transaction.
 */
final class BulkLoader {

    private static final int FLUSH_CHARS = 8 << 20;

    private final CopyManager copy;
    private final Map<String, Buffer> buffers = new LinkedHashMap<>();
    private long rows;
    private long pendingChars;

    BulkLoader(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Declares a table and its columns; call once per table, in foreign-key order. */
    void table(String table, String... columns) {
        buffers.put(table, new Buffer("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", columns.length));
    }

    void row(String table, Object... values) {
        Buffer buffer = buffers.get(table);
        if (buffer == null) {
            throw new IllegalArgumentException("undeclared table " + table);
        }
        if (values.length != buffer.columns) {
            throw new IllegalArgumentException(table + ": expected " + buffer.columns + " values, got " + values.length);
        }
        StringBuilder text = buffer.text;
        int before = text.length();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(text, values[i]);
        }
        text.append('\n');
        rows++;
        pendingChars += text.length() - before;
    }

    /**
     * Flushes when enough is buffered. Call only at points where every buffered row's parents are
     * buffered or written too (the generator calls it after each finished meeting).
     */
    void flushIfLarge() {
        if (pendingChars > FLUSH_CHARS) {
            flushAll();
        }
    }

    long rows() {
        return rows;
    }

    /** Flushes all tables in declaration order (parents before children). */
    void flushAll() {
        for (Map.Entry<String, Buffer> entry : buffers.entrySet()) {
            Buffer buffer = entry.getValue();
            if (buffer.text.isEmpty()) {
                continue;
            }
            try {
                copy.copyIn(buffer.sql, new StringReader(buffer.text.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY into " + entry.getKey() + " failed: " + e.getMessage(), e);
            }
            buffer.text.setLength(0);
        }
        pendingChars = 0;
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof OffsetDateTime || value instanceof LocalDate || value instanceof LocalTime
                || value instanceof Number) {
            text.append(value);
        } else {
            escape(text, value.toString());
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static final class Buffer {
        final String sql;
        final int columns;
        final StringBuilder text = new StringBuilder();

        Buffer(String sql, int columns) {
            this.sql = sql;
            this.columns = columns;
        }
    }
}
