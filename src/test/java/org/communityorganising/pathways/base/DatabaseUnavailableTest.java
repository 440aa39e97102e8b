package org.communityorganising.pathways.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatCannotBeReachedIsToldApartFromAFaultInTheRequest() {
        var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        var shutDown = new SQLException("terminating connection due to administrator command", "57P01");
        var poolTimeout = new SQLTransientConnectionException("pathways - Connection is not available", "08001");
        assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("no connection", refused)))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException("begin", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new UncategorizedSQLException("update", "update x", shutDown)))
                .as("a restart midway through a statement")
                .isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(new SQLException("starting up", "57P03"))))
                .isTrue();

        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException(
                        "duplicate", new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("a bug"))).isFalse();

        // Every pooled connection busy, the database up: "not saved, try again" to the person, but
        // not a reason to skip what only an unreachable database excuses.
        var poolBusy = new CannotGetJdbcConnectionException(
                "no connection",
                new SQLTransientConnectionException("pathways - Connection is not available, request timed out"));
        assertThat(DatabaseUnavailable.is(poolBusy)).isTrue();
        assertThat(DatabaseUnavailable.unreachable(poolBusy)).isFalse();
        assertThat(DatabaseUnavailable.unreachable(new CannotGetJdbcConnectionException("no connection", refused)))
                .isTrue();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
    }
}
