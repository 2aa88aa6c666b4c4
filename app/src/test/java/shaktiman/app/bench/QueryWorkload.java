package shaktiman.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * The arguments of the latency benchmark's tool calls, drawn with a seeded {@link Random} from what the corpus's
 * {@code index.db} holds: symbol names for {@code symbols}, the names of symbols with graph edges for {@code
 * dependencies}, and queries of one to three words (whole names, their analyzer terms, common words) for {@code search}
 * and {@code context}.
 */
final class QueryWorkload {

    /** The tools the benchmark times, in report order. */
    static final List<String> TOOLS =
            List.of("symbols", "search", "context", "dependencies", "diff", "summary", "enrichment_status");

    static final int SEARCH_MAX_RESULTS = 10;
    static final int CONTEXT_BUDGET = 4_096;
    static final int DEPENDENCIES_DEPTH = 2;

    /** Words an agent adds to a query that are not a symbol of the corpus, some common in code, some not at all. */
    private static final List<String> COMMON_WORDS = List.of(
            "get",
            "set",
            "list",
            "map",
            "value",
            "create",
            "update",
            "delete",
            "read",
            "write",
            "parse",
            "build",
            "cache",
            "index",
            "file",
            "name",
            "type",
            "error",
            "config",
            "handler",
            "request",
            "result",
            "node",
            "check",
            "iterator",
            "collection",
            "hash",
            "string",
            "stream",
            "test");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();

    private final List<String> names;
    private final List<String> linkedNames;
    private final List<String> nameTerms;

    private QueryWorkload(List<String> names, List<String> linkedNames, List<String> nameTerms) {
        this.names = names;
        this.linkedNames = linkedNames;
        this.nameTerms = nameTerms;
    }

    /** Reads the corpus's symbol names from {@code db}, read-only. */
    static QueryWorkload read(Path db) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro")) {
            List<String> names = strings(connection, "SELECT DISTINCT name FROM symbols ORDER BY name");
            List<String> linked = strings(
                    connection,
                    "SELECT DISTINCT s.name FROM symbols s WHERE EXISTS (SELECT 1 FROM edges e WHERE e.src_symbol_id"
                            + " = s.id OR e.dst_symbol_id = s.id) ORDER BY s.name");
            names = names.stream().filter(QueryWorkload::identifier).toList();
            linked = linked.stream().filter(QueryWorkload::identifier).toList();
            if (names.isEmpty() || linked.isEmpty()) {
                throw new IllegalStateException(db + " holds no usable symbol names (" + names.size() + ") or no"
                        + " symbols with edges (" + linked.size() + ")");
            }
            Set<String> terms = new LinkedHashSet<>();
            names.forEach(name -> terms.addAll(ANALYZER.indexTerms(name)));
            return new QueryWorkload(names, linked, List.copyOf(terms));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the symbol names of " + db, e);
        }
    }

    int distinctNames() {
        return names.size();
    }

    int linkedNames() {
        return linkedNames.size();
    }

    /** {@code count} argument objects for {@code tool}, the same for the same seed. */
    List<ObjectNode> arguments(String tool, int count, long seed) {
        Random random = new Random(seed ^ tool.hashCode());
        List<ObjectNode> arguments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode node = JSON.createObjectNode();
            switch (tool) {
                case "symbols" -> node.put("name", pick(names, random));
                case "search" -> node.put("query", query(random)).put("max_results", SEARCH_MAX_RESULTS);
                case "context" -> node.put("query", query(random)).put("budget_tokens", CONTEXT_BUDGET);
                case "dependencies" ->
                    node.put("symbol", pick(linkedNames, random))
                            .put("depth", DEPENDENCIES_DEPTH)
                            .put("direction", "both");
                case "diff", "summary", "enrichment_status" -> {}
                default -> throw new IllegalArgumentException("unknown tool " + tool + "; known: " + TOOLS);
            }
            arguments.add(node);
        }
        return arguments;
    }

    /** One to three words: a whole symbol name, one of the terms of a name, or a common word. */
    private String query(Random random) {
        int words = 1 + random.nextInt(3);
        List<String> query = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            int kind = random.nextInt(10);
            query.add(kind < 4 ? pick(names, random) : kind < 8 ? pick(nameTerms, random) : pick(COMMON_WORDS, random));
        }
        return String.join(" ", query);
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** A name an agent would type: letters, digits and underscores, at least three characters. */
    private static boolean identifier(String name) {
        return name.length() >= 3 && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
