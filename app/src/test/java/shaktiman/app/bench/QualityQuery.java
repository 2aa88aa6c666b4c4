package shaktiman.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One query of the retrieval-quality benchmark, as written in its tab-separated resource (see the file's header).
 *
 * @param id a short stable name, such as {@code p07}
 * @param style {@code ident} when the query uses identifier-like words, {@code plain} for plain language
 * @param text the query as a developer would ask it
 * @param expected the project-relative files that answer it
 */
record QualityQuery(String id, String style, String text, List<String> expected) {

    static final Set<String> STYLES = Set.of("ident", "plain");

    QualityQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!STYLES.contains(style)) {
            throw new IllegalArgumentException("query " + id + ": style must be one of " + STYLES + ", was " + style);
        }
        expected = List.copyOf(expected);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("query " + id + " expects no file");
        }
    }

    /** The queries of the classpath resource {@code resource}, in file order. */
    static List<QualityQuery> load(String resource) {
        try (InputStream in = QualityQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The queries of {@code text}, the resource's content; {@code source} names it in errors. */
    static List<QualityQuery> parse(String source, String text) {
        List<QualityQuery> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(
                        source + ":" + lineNumber + ": expected 4 tab-separated fields, found " + fields.length);
            }
            List<String> expected = List.of(fields[3].strip().split("\\s*,\\s*"));
            QualityQuery query = new QualityQuery(fields[0].strip(), fields[1].strip(), fields[2].strip(), expected);
            if (!ids.add(query.id())) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": duplicate id " + query.id());
            }
            queries.add(query);
        }
        return List.copyOf(queries);
    }
}
