package org.communityorganising.pathways.base;

import java.util.Objects;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows mapped to records by column name, not position: {@code person_name} fills the component
 * {@code personName}, and a column added to a query cannot shift the others. Keep the SQL beside
 * the record it fills.
 */
public final class Rows {

    private Rows() {}

    /** A mapper for the record; build it once (a constant beside the record) and share it. */
    public static <T> RowMapper<T> byName(Class<T> record) {
        var mapper = new DataClassRowMapper<>(record);
        return (rs, rowNumber) -> Objects.requireNonNull(mapper.mapRow(rs, rowNumber));
    }
}
