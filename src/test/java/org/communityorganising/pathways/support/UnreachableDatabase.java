package org.communityorganising.pathways.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database that cannot be reached, as during a restart or a failover: the real PostgreSQL driver
 * connecting to a port nobody listens on (connection refused, SQLSTATE 08001), giving up within
 * two seconds.
 */
public final class UnreachableDatabase {

    private UnreachableDatabase() {}

    public static DataSource dataSource() {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
        var gone = new PGSimpleDataSource();
        gone.setServerNames(new String[] {"localhost"});
        gone.setPortNumbers(new int[] {closedPort});
        gone.setDatabaseName("pathways");
        gone.setConnectTimeout(2);
        return gone;
    }
}
