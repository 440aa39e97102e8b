package org.communityorganising.pathways.base;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database could not be reached (restarting, failing over, the
 * network, every pooled connection busy too long), as opposed to a fault in what was asked of it.
 * Such a failure is answered "not saved, try again": nothing was confirmed (a commit cut off midway
 * may still be in), and the same action works once the database is back.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean is(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return unreachable(failure);
    }

    /**
     * Whether the database itself could not be reached (its connection refused or lost, the server
     * shutting down or starting up), as opposed to every connection of the pool being busy: a
     * narrower question than {@link #is}, for what may only be skipped while the database is gone.
     */
    public static boolean unreachable(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down, or
     * starting up and not yet accepting connections).
     */
    private static boolean connectionLost(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
