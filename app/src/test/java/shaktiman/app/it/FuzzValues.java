package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Hostile JSON values for {@link ToolFuzzIT}, all drawn from one seeded {@link Random}: strings full of FTS5 and SQL
 * syntax, unicode edge cases (lone surrogates, NUL, RTL, combining marks), huge strings, path tricks, extreme and
 * long-decimal numbers written verbatim, and values of every wrong JSON type.
 */
final class FuzzValues {

    /** FTS5 query syntax and SQL that a query string must never be able to inject. */
    static final List<String> SYNTAX = List.of(
            "\"",
            "\"unterminated",
            "\"a\" \"b\"",
            "*",
            "a*",
            "*a",
            "NEAR(",
            "NEAR(a b)",
            "NEAR(user find, 2)",
            "NEAR",
            "-",
            "-user",
            "'",
            "''",
            "' OR '1'='1",
            ";",
            "AND",
            "OR",
            "NOT",
            "user AND",
            "OR find",
            "NOT NOT",
            "^",
            "^user",
            ":",
            "col:term",
            "symbol:find",
            "content:*",
            "{symbol path}:user",
            "DROP TABLE chunks;--",
            "'; DELETE FROM files; --",
            "%",
            "_",
            "\\",
            "\\\"",
            "(",
            ")",
            "((user)",
            "+",
            "[",
            "]",
            "$1",
            "?",
            "?1",
            ":name",
            "@x",
            "/* */",
            "--",
            "chunks_fts MATCH 'x'",
            "a.b.c",
            ".",
            "..",
            "...");

    /** Names and words of the §6 fixture, so that some hostile strings also match something. */
    static final List<String> WORDS = List.of(
            "user",
            "find",
            "validateToken",
            "hashPassword",
            "authGuard",
            "refreshToken",
            "login",
            "NewServer",
            "main",
            "UserService",
            "UserService.find",
            "createHmac",
            "TestListUsers",
            "UserRepository",
            "InMemoryUserRepository",
            "generateSalt",
            "token",
            "password hash",
            "validate token",
            "guard",
            "server");

    /** Unicode that breaks careless code: CJK, emoji, combining marks, RTL, BOM, NUL, lone surrogates, separators. */
    static final List<String> UNICODE = List.of(
            "用户服务",
            "検索",
            "🔑",
            "👍🏽",
            "👨‍👩‍👧",
            "e\u0301",
            "Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302",
            "مرحبا",
            "\u200fuser\u200e",
            "\u202e",
            "\ufeff",
            "\ud800",
            "\udc00",
            "\udc00\ud800",
            "a\ud83d",
            "\u0000",
            "a\u0000b",
            "\u0001\u001f",
            "\u007f",
            "\u2028\u2029",
            "\n",
            "\r\n",
            "\t",
            "\uffff",
            "\ufffe",
            "\u00a0",
            "\u3000",
            "İ",
            "ß",
            "ﬁ",
            "𝔘𝔰𝔢𝔯");

    /** Path arguments that must be refused or matched exactly (MCP-24). */
    static final List<String> PATH_TRICKS = List.of(
            "..",
            "../",
            "../etc/passwd",
            "ts/../..",
            "ts/src/../../go",
            "/etc/passwd",
            "/",
            "//",
            "///",
            "ts//src",
            "./",
            ".",
            "./ts/",
            "~",
            "~/x",
            "C:\\Windows",
            "ts\\src",
            "ts/src/auth/login.ts/",
            "ts/sr",
            "ts/src/auth/login.t_",
            "ts/src/auth/login.t%",
            "%",
            "_",
            "ts/*",
            "*",
            "a\u0000b",
            "ünï/路径");

    private final Random random;
    private final Path root;
    private final JsonNodeFactory nodes = McpClient.JSON.getNodeFactory();

    FuzzValues(Random random, Path root) {
        this.random = random;
        this.root = root;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Any JSON value at all: the wrong type for most parameters. */
    JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0 -> nodes.textNode(nastyString());
            case 1 -> number();
            case 2 -> nodes.textNode(numericString());
            case 3 -> nodes.booleanNode(random.nextBoolean());
            case 4 -> nodes.textNode(pick(List.of("true", "false", "TRUE", "yes", "1", "0", "null", "")));
            case 5 -> nodes.nullNode();
            case 6 -> nodes.textNode(pick(WORDS));
            case 7 -> array(depth + 1);
            default -> object(depth + 1);
        };
    }

    /** A string built from one to four hostile pieces, or now and then a huge one. */
    String nastyString() {
        if (chance(0.02)) {
            return hugeString(1_000 + random.nextInt(100_000));
        }
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && chance(0.7)) {
                text.append(' ');
            }
            text.append(
                    switch (random.nextInt(5)) {
                        case 0, 1 -> pick(SYNTAX);
                        case 2 -> pick(UNICODE);
                        case 3 -> pick(WORDS);
                        default -> pick(PATH_TRICKS);
                    });
        }
        return text.toString();
    }

    /** About {@code length} characters of repeated hostile pieces. */
    String hugeString(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 -> pick(SYNTAX);
                        case 1 -> pick(UNICODE);
                        case 2 -> pick(WORDS);
                        default -> " ";
                    });
        }
        return text.toString();
    }

    /** A number written verbatim: extremes, fractions, long decimals, exponents beyond double's range. */
    JsonNode number() {
        String text = pick(List.of(
                "0",
                "-0",
                "-0.0",
                "0.0",
                "1",
                "-1",
                "5.0",
                "5.9",
                "0.15",
                "1e0",
                "1E2",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "-9223372036854775809",
                "18446744073709551616",
                "1e308",
                "-1e308",
                "1.7976931348623157e308",
                "1e309",
                "1e400",
                "-1e400",
                "1e-308",
                "4.9e-324",
                "1e-400",
                "1.00000000000000000000000000001",
                "4.99999999999999999999999999999",
                "200.000000000000000000000000001",
                "0.99999999999999999999999999999",
                "123456789012345678901234567890.5",
                "199",
                "200",
                "201",
                "255",
                "256",
                "32768",
                "32769",
                "500",
                "501",
                "1000",
                "1001"));
        if (chance(0.05)) {
            text = "9".repeat(1 + random.nextInt(300)) + (random.nextBoolean() ? "" : "." + "9".repeat(50));
        }
        return nodes.rawValueNode(new RawValue(text));
    }

    /** A string that looks more or less like a number. */
    String numericString() {
        return pick(List.of(
                "5",
                " 5 ",
                "5.0",
                "5.9",
                "-1",
                "+5",
                "0x10",
                "1e3",
                "1e400",
                "NaN",
                "Infinity",
                "-Infinity",
                "",
                " ",
                "٥",
                "５",
                "00000005",
                "0.5",
                ".5",
                "5.",
                "1".repeat(101),
                "9223372036854775808",
                "1_000",
                "1,000"));
    }

    ArrayNode array(int depth) {
        ArrayNode array = nodes.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(
                    chance(0.5)
                            ? nodes.textNode(pick(List.of("calls", "imports", "CALLS", " calls ", "x")))
                            : anyValue(depth));
        }
        if (chance(0.02)) {
            array.add(nested(20 + random.nextInt(200)));
        }
        return array;
    }

    ObjectNode object(int depth) {
        ObjectNode object = nodes.objectNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            object.set(chance(0.5) ? pick(List.of("query", "name", "a", "")) : nastyString(), anyValue(depth));
        }
        return object;
    }

    /** Arrays nested {@code depth} deep, within Jackson's default nesting limit. */
    JsonNode nested(int depth) {
        ArrayNode outer = nodes.arrayNode();
        ArrayNode current = outer;
        for (int i = 1; i < depth; i++) {
            current = current.addArray();
        }
        return outer;
    }

    /** A path argument inside the project, written in one of the ways MCP-24 normalises, with its normal form. */
    ValidPath validPath() {
        String relative = pick(List.of(
                "",
                "ts",
                "ts/src",
                "ts/src/auth",
                "ts/src/auth/login.ts",
                "ts/sr",
                "ts/src/auth/login.t_",
                "ts/src/auth/login.t%",
                "go",
                "go/server.go",
                "py",
                "py/tests",
                "java/src/main",
                "java/src/test/java",
                "nonexistent/dir",
                "%",
                "_",
                "ts/*",
                "a'b",
                "a\"b",
                "a;b",
                "ts\\src",
                "ünï/路径",
                "a\u0000b"));
        String written = switch (random.nextInt(6)) {
            case 0 -> relative.isEmpty() ? "." : "./" + relative;
            // "/" alone would be the file-system root, outside the project.
            case 1 -> relative.isEmpty() ? "./" : relative + "/";
            case 2 -> relative.replace("/", "//");
            case 3 -> " " + relative + " ";
            // A NUL cannot be in a java.nio path; the daemon sees such an absolute path as relative text anyway.
            case 4 ->
                relative.isEmpty()
                        ? root.toString()
                        : relative.indexOf('\u0000') >= 0 ? relative : root + "/" + relative;
            default -> relative;
        };
        if (written.isBlank()) {
            written = "./";
        }
        return new ValidPath(written, relative);
    }

    /**
     * A non-blank string that is a valid query (at most 10,000 code points) or, with {@code limit} 1,000, a valid name
     * or symbol: hostile text, now and then exactly at the limit or one below.
     */
    String validText(int limit) {
        String text = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> pick(WORDS);
            case 4 -> exactCodePoints(random.nextBoolean() ? limit : limit - 1);
            default -> nastyString();
        };
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > limit) {
            return pick(WORDS) + " " + pick(SYNTAX);
        }
        return text;
    }

    /** Exactly {@code count} code points, half of them outside the BMP, so that chars and code points differ. */
    String exactCodePoints(int count) {
        StringBuilder text = new StringBuilder();
        text.append('x');
        for (int i = 1; i < count; i++) {
            text.appendCodePoint(i % 2 == 0 ? 0x1F511 : 'k');
        }
        return text.toString();
    }

    /**
     * A path argument as written and the project-relative prefix it stands for ({@code ""} for the whole project).
     */
    record ValidPath(String written, String normal) {}
}
