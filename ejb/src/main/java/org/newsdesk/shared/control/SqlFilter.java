package org.newsdesk.shared.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The where-clause of a list query with optional filters: each condition is added only when its value is
 * given, values are always bound as parameters (never spliced into the SQL).
 */
public final class SqlFilter {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition} (with one {@code ?} per value) when the first value is not null. */
    public SqlFilter and(String condition, Object... conditionValues) {
        if (conditionValues.length > 0 && conditionValues[0] == null) {
            return this;
        }
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
        for (Object value : conditionValues) {
            values.add(value);
        }
        return this;
    }

    /** The clause, empty when no filter applies. */
    public String sql() {
        return where.toString();
    }

    /** Binds the values from position {@code first} on; returns the next free position. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int position = first;
        for (Object value : values) {
            statement.setObject(position++, value instanceof Instant instant
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
        return position;
    }
}
