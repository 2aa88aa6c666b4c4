/** Implements the index store port with SQLite (sqlite-jdbc, WAL, FTS5). */
module shaktiman.adapters.store {
    requires transitive shaktiman.core;
    requires java.sql;
    // sqlite-jdbc is an explicit module (META-INF/versions/9/module-info.class) named org.xerial.sqlitejdbc; it loads
    // its bundled native library with System.load, so a launcher grants --enable-native-access=org.xerial.sqlitejdbc.
    requires org.xerial.sqlitejdbc;

    exports shaktiman.adapters.store;
}
