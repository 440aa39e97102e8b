package org.communityorganising.pathways.base;

import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows mapped to records by column name, not position: {@code person_name} fills the component
 * {@code personName}, and a column added to a query cannot shift the others. Keep the SQL beside
 * the record it fills.
 */
public final class Rows {

    private Rows() {}

    /**
     * A slice of a page from rows read with {@code limit pageSize + 1}: the extra row, if any, only
     * says that there is more.
     */
    public static <T> Slice<T> slice(List<T> rowsAndOneMore, Pageable page) {
        boolean more = rowsAndOneMore.size() > page.getPageSize();
        return new SliceImpl<>(more ? rowsAndOneMore.subList(0, page.getPageSize()) : rowsAndOneMore, page, more);
    }

    /** A mapper for the record; build it once (a constant beside the record) and share it. */
    public static <T> RowMapper<T> byName(Class<T> record) {
        var mapper = new DataClassRowMapper<>(record);
        return (rs, rowNumber) -> Objects.requireNonNull(mapper.mapRow(rs, rowNumber));
    }
}
