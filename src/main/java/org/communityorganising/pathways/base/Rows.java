package org.communityorganising.pathways.base;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

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
        return new ByName<>(record);
    }

    /**
     * What Spring's DataClassRowMapper does (the same names, values and conversions), without its
     * cost on every hot path: it looks each column up as "personid" first and, for every
     * multi-word name, every row, builds and throws the driver's "no such column" exception before
     * trying "person_id" (most of a 60-row register's mapping time, by the profile in
     * docs/performance.md). Here the name that matched is remembered per component.
     */
    private static final class ByName<T> implements RowMapper<T> {

        private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

        private final Constructor<T> constructor;
        private final String[][] names; // per component: its lower-case name, then its underscored one
        private final Class<?>[] types;
        private final TypeDescriptor[] targets;
        /** Per component, which of its names the queries have (0 or 1); racy by design: any value is valid. */
        private final int[] matched;

        ByName(Class<T> record) {
            this.constructor = BeanUtils.getResolvableConstructor(record);
            @Nullable String[] parameters = BeanUtils.getParameterNames(constructor);
            this.names = new String[parameters.length][];
            this.types = constructor.getParameterTypes();
            this.targets = new TypeDescriptor[parameters.length];
            this.matched = new int[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                String name = Objects.requireNonNull(parameters[i], "compiled with -parameters");
                names[i] =
                        new String[] {name.toLowerCase(Locale.ROOT), JdbcUtils.convertPropertyNameToUnderscoreName(name)
                        };
                targets[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        }

        @Override
        public T mapRow(ResultSet rs, int rowNumber) throws SQLException {
            @Nullable Object[] args = new Object[types.length];
            for (int i = 0; i < args.length; i++) {
                Object value = value(rs, column(rs, i), types[i]);
                args[i] = value == null || ClassUtils.isAssignableValue(types[i], value)
                        ? value
                        : CONVERSIONS.convert(value, TypeDescriptor.forObject(value), targets[i]);
            }
            return BeanUtils.instantiateClass(constructor, args);
        }

        /**
         * JdbcUtils asks the driver for an Instant as such first, which PostgreSQL's driver refuses
         * by building an exception, value by value (7 % of a node's CPU at 1,000 marking sessions),
         * before reading it as a timestamp; here it is read as a timestamp at once.
         */
        private static @Nullable Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
            if (type == Instant.class) {
                Timestamp at = rs.getTimestamp(index);
                return at == null ? null : at.toInstant();
            }
            return JdbcUtils.getResultSetValue(rs, index, type);
        }

        private int column(ResultSet rs, int component) throws SQLException {
            int first = matched[component];
            try {
                return rs.findColumn(names[component][first]);
            } catch (SQLException notThatName) {
                int index = rs.findColumn(names[component][1 - first]);
                matched[component] = 1 - first;
                return index;
            }
        }
    }
}
