package org.communityorganising.pathways.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import org.communityorganising.pathways.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RowsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Line(
            long personId,
            String name,
            Colour colour,
            @Nullable Instant markedAt,
            LocalDate day,
            int count) {
        static final RowMapper<Line> ROW = Rows.byName(Line.class);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void columnsFillTheComponentsOfTheSameNameWhateverTheirOrderWithTheirTypesConverted() {
        var lines = jdbc.sql("""
                        select 2 as count, date '2026-12-06' as day, 'GREEN' as colour, null as marked_at,
                               'Ana' as name, 7 as person_id
                        union all
                        select 3, date '2026-12-07', 'RED', timestamptz '2026-12-06 18:00:00+00', 'Ben', 8""").query(Line.ROW).list();
        assertThat(lines)
                .containsExactly(
                        new Line(7, "Ana", Colour.GREEN, null, LocalDate.of(2026, 12, 6), 2),
                        new Line(
                                8,
                                "Ben",
                                Colour.RED,
                                Instant.parse("2026-12-06T18:00:00Z"),
                                LocalDate.of(2026, 12, 7),
                                3));
        // The same record from a query naming a column in one word: each name is found either way.
        assertThat(jdbc.sql("""
                        select 1 as count, current_date as day, 'RED' as colour, null as markedat, 'Cy' as name, 9 as personid""").query(Line.ROW).single().personId()).isEqualTo(9);
        assertThat(jdbc.sql(
                                "select 1 as count, current_date as day, 'RED' as colour, null as marked_at, 'Di' as name, 10 as person_id")
                        .query(Line.ROW)
                        .single()
                        .name())
                .isEqualTo("Di");
    }

    @Test
    void noValueIsAskedOfTheDriverInATypeItRefuses() {
        // The driver answers a type it does not know (an Instant) with an exception, built
        // at some cost; on the hot paths every row would pay it for every such column.
        var refused = new ArrayList<String>();
        var lines = jdbc.sql("""
                        select 7 as person_id, 'Ana' as name, 'GREEN' as colour, now() as marked_at,
                               current_date as day, 2 as count""")
                .query((rs, row) -> {
                    var watched = (ResultSet) Proxy.newProxyInstance(
                            getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                                try {
                                    return method.invoke(rs, args);
                                } catch (InvocationTargetException thrown) {
                                    // Reading values only: looking a column up by its other name
                                    // is the mapper's first call for a fresh record, and expected.
                                    if (method.getName().startsWith("get")) {
                                        refused.add(method.getName() + " " + Arrays.toString(args));
                                    }
                                    throw thrown.getCause();
                                }
                            });
                    return Line.ROW.mapRow(watched, row);
                })
                .list();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.colour()).isEqualTo(Colour.GREEN);
            assertThat(line.markedAt()).isNotNull();
        });
        assertThat(refused).isEmpty();
    }

    @Test
    void aComponentWithNoColumnIsAnErrorNotANull() {
        assertThatThrownBy(
                        () -> jdbc.sql("select 1 as person_id").query(Line.ROW).list())
                .rootCause()
                .hasMessageContaining("name");
    }
}
