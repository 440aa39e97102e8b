package org.communityorganising.pathways.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every SQL statement the app sends on the current thread — JPA and JdbcClient alike — by
 * wrapping the DataSource. Tests of hot paths assert the count stays fixed whatever the data size.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);
    private static final ThreadLocal<@Nullable List<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<java.util.@Nullable Map<String, Long>> TIMING = new ThreadLocal<>();

    private StatementCounter() {}

    public static void reset() {
        COUNT.get().set(0);
    }

    public static int count() {
        return COUNT.get().get();
    }

    /** The SQL text of every statement the work sends on this thread, in order. */
    public static List<String> sqlOf(Runnable work) {
        var sql = new ArrayList<String>();
        RECORDING.set(sql);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return sql;
    }

    /**
     * The time each statement text took to execute (summed over its executions, nanoseconds), for
     * the benchmark's profile of a slow path: where the milliseconds go, statement by statement.
     */
    public static java.util.Map<String, Long> timesOf(Runnable work) {
        var times = new java.util.LinkedHashMap<String, Long>();
        TIMING.set(times);
        try {
            work.run();
        } finally {
            TIMING.remove();
        }
        return times;
    }

    static BeanPostProcessor wrapDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource implements AutoCloseable {

        Counting(DataSource target) {
            super(target);
        }

        /** The pool's own destroy method ("close") still reaches the pool. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (STATEMENT_METHODS.contains(method.getName())) {
                    COUNT.get().incrementAndGet();
                    var recording = RECORDING.get();
                    if (recording != null && args != null && args.length > 0 && args[0] instanceof String sql) {
                        recording.add(sql);
                    }
                }
                Object result;
                try {
                    result = method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                var timing = TIMING.get();
                if (timing != null
                        && result instanceof java.sql.PreparedStatement statement
                        && args != null
                        && args[0] instanceof String sql) {
                    return timed(statement, sql, timing);
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static java.sql.PreparedStatement timed(
                java.sql.PreparedStatement statement, String sql, java.util.Map<String, Long> timing) {
            InvocationHandler handler = (proxy, method, args) -> {
                long start = System.nanoTime();
                try {
                    return method.invoke(statement, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    if (method.getName().startsWith("execute")) {
                        timing.merge(sql, System.nanoTime() - start, Long::sum);
                    }
                }
            };
            return (java.sql.PreparedStatement) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(),
                    new Class<?>[] {java.sql.PreparedStatement.class},
                    handler);
        }
    }
}
