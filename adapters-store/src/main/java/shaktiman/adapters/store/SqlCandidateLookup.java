package shaktiman.adapters.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.model.SymKind;

/**
 * Offers the stored index to the resolver over the writer connection, inside the write transaction, so that rows
 * written earlier in the same batch count. Every query uses an index; file existence, which module resolution probes
 * many times for the same paths, is remembered in the transaction's {@link WriteContext#knownPaths}.
 */
final class SqlCandidateLookup implements CandidateLookup {
    /** Carries an {@link SQLException} through the resolver, which cannot declare it; the file's savepoint catches it. */
    static final class LookupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LookupFailure(String message, SQLException cause) {
            super(message, cause);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static final String CANDIDATE_COLUMNS =
            "s.id, f.path, s.start_line, s.kind, s.qualified_name, coalesce(f.package, '')";

    /**
     * A container's supertypes. CROSS JOIN fixes SQLite's join order (the schema is never ANALYZEd): left to itself
     * the planner walked every inherits/implements edge through idx_edges_kind for each lookup, 1.2 ms each on guava
     * and growing with the project, where starting from the container's qualified name takes 0.01 ms.
     */
    static final String SUPERTYPES = "SELECT d.id, df.path, d.start_line, d.kind, d.qualified_name,"
            + " coalesce(df.package, '') FROM symbols o CROSS JOIN files sf ON sf.id = o.file_id"
            + " CROSS JOIN edges e ON e.src_symbol_id = o.id AND e.kind IN ('inherits', 'implements')"
            + " CROSS JOIN symbols d ON d.id = e.dst_symbol_id CROSS JOIN files df ON df.id = d.file_id"
            + " WHERE o.qualified_name = ? AND sf.path = ? ORDER BY df.path, d.start_line, d.id";

    static String symbolsNamedSql(int kinds, int languages) {
        return "SELECT " + CANDIDATE_COLUMNS + " FROM symbols s JOIN files f ON f.id = s.file_id"
                + " WHERE s.name = ? AND s.kind IN (" + marks(kinds) + ") AND f.language IN ("
                + marks(languages) + ") ORDER BY f.path, s.start_line, s.id";
    }

    private final WriteContext context;
    private final Sql sql;
    private final Map<String, Boolean> knownPaths;

    SqlCandidateLookup(WriteContext context) {
        this.context = context;
        this.sql = context.sql;
        this.knownPaths = context.knownPaths;
    }

    @Override
    public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
        if (kinds.isEmpty() || languages.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        values.add(name);
        kinds.stream().sorted().forEach(kind -> values.add(kind.wireName()));
        languages.stream().sorted().forEach(values::add);
        String query = symbolsNamedSql(kinds.size(), languages.size());
        List<Object> question = List.copyOf(values.subList(1, values.size()));
        List<Candidate> cached = context.cachedCandidates(name, question);
        if (cached != null) {
            return cached;
        }
        List<Candidate> candidates = run(
                "look up symbols named " + name,
                () -> sql.query(query, SqlCandidateLookup::candidate, values.toArray()));
        context.cacheCandidates(name, question, candidates);
        return candidates;
    }

    @Override
    public boolean fileExists(String path) {
        Boolean known = knownPaths.get(path);
        if (known != null) {
            return known;
        }
        boolean exists = run(
                "look up the file " + path,
                () -> !sql.query("SELECT 1 FROM files WHERE path = ?", row -> row.getInt(1), path)
                        .isEmpty());
        knownPaths.put(path, exists);
        return exists;
    }

    @Override
    public List<String> filesIn(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        // A range over the unique path index; '\uFFFF' sorts after every character a path holds.
        List<String> below = run(
                "list the files in " + directory,
                () -> sql.query(
                        "SELECT path FROM files WHERE path >= ? AND path < ? ORDER BY path",
                        row -> row.getString(1),
                        prefix,
                        prefix + '\uFFFF'));
        return below.stream()
                .filter(path -> path.indexOf('/', prefix.length()) < 0)
                .toList();
    }

    @Override
    public Optional<String> fileText(String path) {
        List<String> parts = run(
                "read the stored text of " + path,
                () -> sql.query(
                        "SELECT c.content FROM chunks c JOIN files f ON f.id = c.file_id WHERE f.path = ?"
                                + " ORDER BY c.chunk_index",
                        row -> row.getString(1),
                        path));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }

    @Override
    public List<Candidate> supertypes(String path, String containerQualifiedName) {
        return run(
                "look up the supertypes of " + containerQualifiedName + " in " + path,
                () -> sql.query(SUPERTYPES, SqlCandidateLookup::candidate, containerQualifiedName, path));
    }

    private static Candidate candidate(ResultSet row) throws SQLException {
        return new Candidate(
                row.getLong(1),
                row.getString(2),
                row.getInt(3),
                SymKind.fromWireName(row.getString(4)),
                row.getString(5),
                row.getString(6));
    }

    private static <T> T run(String operation, Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new LookupFailure("cannot " + operation + ": " + e.getMessage(), e);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
