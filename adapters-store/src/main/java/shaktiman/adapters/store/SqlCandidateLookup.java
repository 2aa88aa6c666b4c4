package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.model.SymKind;

/**
 * Offers stored symbols to the resolver over the writer connection, inside the write transaction, so that symbols
 * written earlier in the same batch are candidates.
 */
final class SqlCandidateLookup implements CandidateLookup {
    /** Carries an {@link SQLException} through the resolver, which cannot declare it; the file's savepoint catches it. */
    static final class LookupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LookupFailure(String message, SQLException cause) {
            super(message, cause);
        }
    }

    private final Sql sql;

    SqlCandidateLookup(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
        if (kinds.isEmpty() || languages.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        values.add(name);
        kinds.forEach(kind -> values.add(kind.wireName()));
        values.addAll(languages);
        String query = "SELECT s.id, f.path, s.start_line, s.kind, s.qualified_name FROM symbols s"
                + " JOIN files f ON f.id = s.file_id WHERE s.name = ? AND s.kind IN (" + marks(kinds.size())
                + ") AND f.language IN (" + marks(languages.size()) + ") ORDER BY f.path, s.start_line, s.id";
        try {
            return sql.query(
                    query,
                    row -> new Candidate(
                            row.getLong(1),
                            row.getString(2),
                            row.getInt(3),
                            SymKind.fromWireName(row.getString(4)),
                            row.getString(5)),
                    values.toArray());
        } catch (SQLException e) {
            throw new LookupFailure("cannot look up symbols named " + name + ": " + e.getMessage(), e);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
