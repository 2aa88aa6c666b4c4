package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;

/** A fixed set of reader connections lent out one call at a time (IX-35). */
final class ReaderPool {
    /** A unit of reading work on one borrowed connection. */
    @FunctionalInterface
    interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    private final Path dbFile;
    private final List<Connection> all;
    private final BlockingQueue<Connection> idle;

    ReaderPool(Path dbFile, List<Connection> connections) {
        this.dbFile = dbFile;
        this.all = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    <T> T read(String operation, Read<T> work) {
        Connection connection = borrow(operation);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteErrors.translate(operation, dbFile, e);
        } finally {
            idle.add(connection);
        }
    }

    /**
     * {@link #read} inside one read transaction, so that every statement of {@code work} sees the same committed
     * snapshot even while the writer commits.
     */
    <T> T snapshot(String operation, Read<T> work) {
        return read(operation, connection -> {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                endTransaction(connection, e);
                throw e;
            }
            connection.setAutoCommit(true); // commits the read transaction, which wrote nothing
            return result;
        });
    }

    List<Connection> connections() {
        return all;
    }

    private static void endTransaction(Connection connection, Exception failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private Connection borrow(String operation) {
        try {
            Connection connection = idle.poll(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (connection == null) {
                throw new IndexStoreException(
                        Kind.IO,
                        "cannot " + operation + " index at " + dbFile + ": no reader connection became free within "
                                + BORROW_TIMEOUT.toSeconds() + " s (all " + all.size() + " busy)");
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexStoreException(
                    Kind.IO, "interrupted while waiting to " + operation + " index at " + dbFile, e);
        }
    }
}
