package shaktiman.testkit.corpus;

import java.util.List;
import java.util.Locale;

/** The vocabulary of the generated corpus and its identifier casings. */
final class Words {
    static final List<String> VERBS = List.of(
            "parse",
            "load",
            "render",
            "compute",
            "merge",
            "resolve",
            "encode",
            "decode",
            "validate",
            "format",
            "fetch",
            "store",
            "scan",
            "apply",
            "emit",
            "collect",
            "normalize",
            "filter");
    static final List<String> NOUNS = List.of(
            "order", "user", "token", "config", "record", "buffer", "index", "request", "session", "widget", "payload",
            "report", "cache", "route", "event", "schema", "invoice", "account", "metric", "queue");
    static final List<String> ROLES =
            List.of("service", "store", "handler", "client", "mapper", "codec", "registry", "planner", "builder");
    static final List<String> TOP = List.of("src", "lib", "app", "pkg", "services", "modules", "tools", "internal");
    static final List<String> AREAS = List.of(
            "core", "api", "billing", "auth", "search", "storage", "web", "jobs", "model", "util", "net", "ui", "admin",
            "tests", "reports", "sync");
    static final List<String> PROSE = List.of(
            "the", "index", "keeps", "every", "chunk", "small", "enough", "to", "read", "while", "callers", "resolve",
            "names", "across", "files", "and", "the", "writer", "commits", "in", "batches", "so", "readers", "never",
            "see", "half", "a", "file");

    private Words() {}

    static String pascal(String... words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    static String camel(String first, String... rest) {
        return first.toLowerCase(Locale.ROOT) + pascal(rest);
    }
}
