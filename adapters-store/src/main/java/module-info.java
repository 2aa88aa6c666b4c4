/** Implements the index store port with SQLite (sqlite-jdbc, FTS5). */
module shaktiman.adapters.store {
    requires transitive shaktiman.core;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
}
