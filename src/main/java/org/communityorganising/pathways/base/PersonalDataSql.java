package org.communityorganising.pathways.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a section of a subject-access export with one query: each column becomes text, times in London. */
public final class PersonalDataSql {

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PersonalDataSql() {}

    /** The query takes the person's id as {@code :person}; its columns are the section's columns, in order. */
    public static PersonalData.Section section(
            JdbcClient jdbc, String titleKey, List<String> columnKeys, String sql, long personId) {
        List<List<String>> rows = jdbc.sql(sql)
                .param("person", personId)
                .query((rs, row) -> row(rs, columnKeys.size()))
                .list();
        return new PersonalData.Section(titleKey, columnKeys, rows);
    }

    private static List<String> row(ResultSet rs, int columns) throws SQLException {
        List<String> values = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
            values.add(text(rs.getObject(column)));
        }
        return values;
    }

    static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp timestamp) {
            return LONDON.format(LondonTime.of(timestamp.toInstant()));
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return LONDON.format(LondonTime.of(time.toInstant()));
        }
        return value.toString();
    }
}
