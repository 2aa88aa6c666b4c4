package shaktiman.app.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import shaktiman.app.it.FuzzCall.Expect;
import shaktiman.app.it.FuzzCall.NullIdError;
import shaktiman.app.it.FuzzCall.Pong;
import shaktiman.app.it.FuzzCall.RpcError;
import shaktiman.app.it.FuzzCall.Silence;
import shaktiman.app.it.FuzzCall.ToolResult;
import shaktiman.app.it.FuzzCall.Valid;

/**
 * Draws {@link ToolFuzzIT}'s lines from {@link FuzzValues}: {@code tools/call} requests with valid arguments (about
 * 30 %, each with the checks its success must pass), with hostile arguments of the right names and wrong types, for
 * unknown tools and with bad params, plus malformed protocol lines. The tools and parameters are those of mcp-tools §2,
 * written out here rather than read from the implementation.
 */
final class FuzzCalls {

    /** The seven tools of §2 and their parameters, in §2's order. */
    static final SequencedMap<String, List<String>> TOOLS = tools();

    private static final List<String> SCOPES = List.of("impl", "test", "all");
    private static final List<String> EDGE_KINDS = List.of("calls", "imports", "inherits", "implements", "type_ref");
    private static final List<String> SYM_KINDS =
            List.of("function", "method", "class", "interface", "type", "variable", "constant", "namespace", "file");
    private static final List<String> UNKNOWN_TOOLS = List.of(
            "",
            " ",
            "Search",
            "SEARCH",
            "search ",
            " search",
            "searc",
            "searchx",
            "tools/list",
            "../summary",
            "summary\u0000",
            "enrichment-status",
            "enrichmentStatus",
            "🔍",
            "\ud800",
            "dependencies\n");

    /** MCP-25's limit on a query, in code points. */
    private static final int QUERY_LIMIT = 10_000;
    /** The limit on a name or symbol, in code points (ToolCatalog.MAX_NAME_LENGTH). */
    private static final int NAME_LIMIT = 1_000;

    private static final ObjectWriter PLAIN = McpClient.JSON.writer();
    private static final ObjectWriter ESCAPED = McpClient.JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private final FuzzValues values;
    private final JsonNodeFactory nodes = McpClient.JSON.getNodeFactory();

    FuzzCalls(FuzzValues values) {
        this.values = values;
    }

    private static SequencedMap<String, List<String>> tools() {
        SequencedMap<String, List<String>> tools = new LinkedHashMap<>();
        tools.put("search", List.of("query", "mode", "max_results", "min_score", "explain", "path", "scope"));
        tools.put("context", List.of("query", "budget_tokens", "scope", "path"));
        tools.put("symbols", List.of("name", "kind", "path", "scope", "max_results"));
        tools.put(
                "dependencies", List.of("symbol", "direction", "depth", "file", "edge_kinds", "scope", "max_results"));
        tools.put("diff", List.of("since", "limit", "path", "scope"));
        tools.put("summary", List.of());
        tools.put("enrichment_status", List.of());
        // Ordered: Map.copyOf iterates in an order salted per JVM, which would make a seed unrepeatable.
        return Collections.unmodifiableSequencedMap(tools);
    }

    /** The {@code n}-th tools/call, with integer id {@code n}. */
    FuzzCall toolCall(int n) {
        double kind = values.random().nextDouble();
        if (kind < 0.30) {
            return valid(n);
        }
        if (kind < 0.33) {
            return unknownTool(n);
        }
        if (kind < 0.34) {
            return badParams(n);
        }
        return hostile(n);
    }

    /** A call whose arguments follow §2 exactly, in any of MCP-18's accepted spellings. */
    FuzzCall valid(int n) {
        String tool = values.pick(List.copyOf(TOOLS.keySet()));
        ObjectNode arguments = nodes.objectNode();
        Valid valid = switch (tool) {
            case "search" -> validSearch(arguments);
            case "context" -> validContext(arguments);
            case "symbols" -> validSymbols(arguments);
            case "dependencies" -> validDependencies(arguments);
            case "diff" -> validDiff(arguments);
            default -> {
                if (values.chance(0.3)) {
                    arguments.putNull(values.pick(List.of("query", "x", "name")));
                }
                yield Valid.of("", "all", Integer.MAX_VALUE);
            }
        };
        return call(IntNode.valueOf(n), tool, arguments, new ToolResult(tool, Optional.of(valid)));
    }

    /** A symbols call with a name of about {@code length} hostile characters, far beyond any identifier. */
    FuzzCall hugeName(int n, int length) {
        ObjectNode arguments = nodes.objectNode().put("name", "x" + values.hugeString(length));
        return call(IntNode.valueOf(n), "symbols", arguments, new ToolResult("symbols", Optional.empty()));
    }

    /** A search whose query of about {@code length} characters is far beyond MCP-25's 10,000 code points. */
    FuzzCall hugeQuery(int n, int length) {
        ObjectNode arguments = nodes.objectNode().put("query", values.hugeString(length));
        return call(IntNode.valueOf(n), "search", arguments, new ToolResult("search", Optional.empty()));
    }

    private Valid validSearch(ObjectNode arguments) {
        arguments.put("query", values.validText(QUERY_LIMIT));
        if (values.chance(0.5)) {
            arguments.set("mode", enumValue(List.of("locate", "full")));
        }
        int maxResults = 10;
        if (values.chance(0.6)) {
            maxResults = 1 + values.random().nextInt(200);
            arguments.set("max_results", integer(maxResults));
        }
        double minScore = 0.15;
        if (values.chance(0.6)) {
            minScore = values.pick(List.of(0.0, 0.0001, 0.15, 0.5, 0.99, 1.0));
            arguments.set(
                    "min_score",
                    values.chance(0.3) ? nodes.textNode(Double.toString(minScore)) : nodes.numberNode(minScore));
        }
        if (values.chance(0.3)) {
            boolean explain = values.random().nextBoolean();
            arguments.set(
                    "explain",
                    values.chance(0.3) ? nodes.textNode(Boolean.toString(explain)) : nodes.booleanNode(explain));
        }
        String path = path(arguments, "path");
        String scope = scope(arguments);
        return new Valid(
                path, scope, maxResults, minScore, Optional.empty(), Optional.empty(), 0, List.of(), Optional.empty());
    }

    private Valid validContext(ObjectNode arguments) {
        arguments.put("query", values.validText(QUERY_LIMIT));
        if (values.chance(0.6)) {
            arguments.set("budget_tokens", integer(values.pick(List.of(256, 257, 1024, 4096, 32_768))));
        }
        String scope = scope(arguments);
        String path = path(arguments, "path");
        return Valid.of(path, scope, Integer.MAX_VALUE);
    }

    private Valid validSymbols(ObjectNode arguments) {
        String name = values.validText(NAME_LIMIT);
        arguments.put("name", name);
        Optional<String> kind = Optional.empty();
        if (values.chance(0.3)) {
            kind = Optional.of(values.pick(SYM_KINDS));
            arguments.put("kind", kind.get());
        }
        String path = path(arguments, "path");
        String scope = scope(arguments);
        int maxResults = 50;
        if (values.chance(0.5)) {
            maxResults = 1 + values.random().nextInt(500);
            arguments.set("max_results", integer(maxResults));
        }
        String trimmed = name.strip();
        Optional<String> bare = trimmed.contains(".") ? Optional.empty() : Optional.of(trimmed);
        return new Valid(path, scope, maxResults, 0, bare, kind, 0, List.of(), Optional.empty());
    }

    private Valid validDependencies(ObjectNode arguments) {
        arguments.put("symbol", values.validText(NAME_LIMIT));
        String direction = "both";
        if (values.chance(0.6)) {
            String written = values.pick(List.of("callers", "callees", "both", "incoming", "outgoing"));
            direction = switch (written) {
                case "incoming" -> "callers";
                case "outgoing" -> "callees";
                default -> written;
            };
            arguments.put("direction", written);
        }
        int depth = 2;
        if (values.chance(0.6)) {
            depth = 1 + values.random().nextInt(5);
            arguments.set("depth", integer(depth));
        }
        String file = path(arguments, "file");
        List<String> edgeKinds = EDGE_KINDS;
        if (values.chance(0.4)) {
            ArrayNode kinds = arguments.putArray("edge_kinds");
            List<String> chosen = new ArrayList<>();
            int count = 1 + values.random().nextInt(6);
            for (int i = 0; i < count; i++) {
                String edgeKind = values.pick(EDGE_KINDS);
                kinds.add(edgeKind);
                chosen.add(edgeKind);
            }
            edgeKinds = List.copyOf(chosen);
        }
        String scope = scope(arguments);
        int maxResults = 200;
        if (values.chance(0.5)) {
            maxResults = 1 + values.random().nextInt(1_000);
            arguments.set("max_results", integer(maxResults));
        }
        return new Valid(
                file,
                scope,
                maxResults,
                0,
                Optional.empty(),
                Optional.empty(),
                depth,
                edgeKinds,
                Optional.of(direction));
    }

    private Valid validDiff(ObjectNode arguments) {
        if (values.chance(0.6)) {
            arguments.put(
                    "since",
                    values.pick(List.of("24h", "90m", "1h30m", "7d", "1s", "720h", "0.5h", ".5d", "1.5h", "30d")));
        }
        int limit = 50;
        if (values.chance(0.5)) {
            limit = 1 + values.random().nextInt(500);
            arguments.set("limit", integer(limit));
        }
        String path = path(arguments, "path");
        String scope = scope(arguments);
        return Valid.of(path, scope, limit);
    }

    /** An integer in one of MCP-18's accepted forms: a JSON integer, a zero-fraction number, a digit string. */
    private JsonNode integer(int value) {
        return switch (values.random().nextInt(4)) {
            case 0 -> nodes.rawValueNode(new RawValue(value + ".0"));
            case 1 -> nodes.textNode(Integer.toString(value));
            default -> IntNode.valueOf(value);
        };
    }

    private JsonNode enumValue(List<String> choices) {
        String value = values.pick(choices);
        return nodes.textNode(values.chance(0.2) ? " " + value + " " : value);
    }

    private String scope(ObjectNode arguments) {
        if (values.chance(0.5)) {
            return "impl";
        }
        String scope = values.pick(SCOPES);
        arguments.set("scope", enumValue(List.of(scope)));
        return scope;
    }

    private String path(ObjectNode arguments, String name) {
        if (values.chance(0.6)) {
            return "";
        }
        FuzzValues.ValidPath path = values.validPath();
        arguments.put(name, path.written());
        return path.normal();
    }

    /** A known tool with arguments of the right names and hostile values, unknown names and missing ones. */
    FuzzCall hostile(int n) {
        String tool = values.pick(List.copyOf(TOOLS.keySet()));
        List<String> parameters = TOOLS.get(tool);
        ObjectNode arguments = nodes.objectNode();
        for (String parameter : parameters) {
            if (values.chance(parameter.equals(parameters.getFirst()) ? 0.85 : 0.5)) {
                arguments.set(parameter, values.chance(0.5) ? hostileValue(parameter) : values.anyValue(0));
            }
        }
        if (parameters.isEmpty() || values.chance(0.15)) {
            String unknown = switch (values.random().nextInt(4)) {
                case 0 -> values.nastyString();
                case 1 -> values.pick(List.of("Query", "QUERY", "max-results", "maxResults", "q", ""));
                default -> values.pick(List.of("query", "name", "symbol", "since", "limit", "file", "depth"));
            };
            arguments.set(unknown, values.anyValue(0));
        }
        JsonNode given = switch (values.random().nextInt(20)) {
            case 0 -> null;
            case 1 -> nodes.nullNode();
            default -> arguments;
        };
        return call(IntNode.valueOf(n), tool, given, new ToolResult(tool, Optional.empty()));
    }

    /** A value of roughly the parameter's own type that is still likely to be wrong. */
    private JsonNode hostileValue(String parameter) {
        return switch (parameter) {
            case "query", "name", "symbol" -> nodes.textNode(values.nastyString());
            case "path", "file" ->
                nodes.textNode(values.chance(0.5) ? values.pick(FuzzValues.PATH_TRICKS) : values.nastyString());
            case "since" ->
                nodes.textNode(values.pick(List.of(
                        "0s", "0.1s", "721h", "31d", "1h 30m", "1H", "-1h", "1e3s", "h", "1", "24", "P1D", "1h30",
                        "")));
            case "max_results", "limit", "depth", "budget_tokens", "min_score" ->
                values.chance(0.6) ? values.number() : nodes.textNode(values.numericString());
            case "explain" -> nodes.textNode(values.pick(List.of("yes", "no", "TRUE", "1", "0", "on")));
            case "edge_kinds" -> values.array(0);
            default ->
                nodes.textNode(values.pick(List.of(
                        "IMPL",
                        " impl",
                        "impl\u0000",
                        "unit",
                        "tests",
                        "FULL",
                        "Callers",
                        "sideways",
                        "function ",
                        "Function",
                        "field",
                        "")));
        };
    }

    /** A call to a tool that does not exist: -32602 {@code Unknown tool} (MCP-8). */
    FuzzCall unknownTool(int n) {
        String name = values.chance(0.8) ? values.pick(UNKNOWN_TOOLS) : values.nastyString();
        if (TOOLS.containsKey(name)) {
            name = name + "?";
        }
        return call(IntNode.valueOf(n), name, nodes.objectNode(), new RpcError(-32602, "Unknown tool: "));
    }

    /** A tools/call whose params MCP-8 rejects: no string name, or arguments that are not an object. */
    FuzzCall badParams(int n) {
        ObjectNode params = nodes.objectNode();
        if (values.random().nextBoolean()) {
            JsonNode name = values.pick(List.of(
                    nodes.numberNode(42), nodes.nullNode(), nodes.arrayNode().add("search"), nodes.booleanNode(true)));
            params.set("name", name);
            params.set("arguments", nodes.objectNode());
        } else {
            params.put("name", values.pick(List.copyOf(TOOLS.keySet())));
            params.set(
                    "arguments",
                    values.pick(List.of(
                            nodes.arrayNode(),
                            nodes.textNode("query=user"),
                            nodes.numberNode(1),
                            nodes.booleanNode(false),
                            nodes.arrayNode().add(nodes.objectNode().put("query", "user")))));
        }
        return request(IntNode.valueOf(n), "tools/call", params, new RpcError(-32602, "Invalid params: "));
    }

    /** {@code ping} with the given id (MCP-10). */
    FuzzCall ping(String id) {
        return request(TextNode.valueOf(id), "ping", null, new Pong());
    }

    /** {@code notifications/cancelled} for {@code requestId}, which may be anything at all; never answered. */
    FuzzCall cancel(JsonNode requestId) {
        ObjectNode message = nodes.objectNode().put("jsonrpc", "2.0").put("method", "notifications/cancelled");
        ObjectNode params = message.putObject("params");
        params.set("requestId", requestId);
        if (values.chance(0.5)) {
            params.put("reason", values.nastyString());
        }
        return new FuzzCall(null, write(message), new Silence());
    }

    /** A garbage value for a cancellation's requestId. */
    JsonNode anyRequestId() {
        return values.anyValue(2);
    }

    /**
     * About fifty lines that are not valid requests, each with the answer MCP-8 or MCP-9 prescribes; string ids
     * {@code raw-<k>} and negative integer ids never clash with the tool calls' positive ones.
     */
    List<FuzzCall> malformed() {
        List<FuzzCall> lines = new ArrayList<>();
        int k = 0;
        for (int round = 0; round < 2; round++) {
            String id = "\"raw-" + k++ + "\"";
            lines.add(nullId("this is not json", -32700));
            lines.add(nullId("{", -32700));
            lines.add(nullId(
                    "{\"jsonrpc\":\"2.0\",\"id\":" + id
                            + ",\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"query\":\"us",
                    -32700));
            lines.add(nullId("{\"jsonrpc\":\"2.0\",\"id\":1}{\"jsonrpc\":\"2.0\",\"id\":2}", -32700));
            lines.add(nullId("{'jsonrpc':'2.0','id':1,'method':'ping'}", -32700));
            lines.add(nullId("[]", -32600));
            lines.add(nullId("[{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}]", -32600));
            lines.add(nullId("42", -32600));
            lines.add(nullId("\"tools/call\"", -32600));
            lines.add(nullId("null", -32600));
            lines.add(nullId("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", -32600));
            lines.add(nullId("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", -32600));
            lines.add(nullId("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}", -32600));
            lines.add(nullId("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", -32600));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"1.0\",\"id\":\"raw-" + k++ + "\",\"method\":\"ping\"}",
                    new RpcError(-32600, "Invalid Request")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"id\":\"raw-" + k++ + "\",\"method\":\"ping\"}",
                    new RpcError(-32600, "Invalid Request")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":2.0,\"id\":\"raw-" + k++ + "\",\"method\":\"ping\"}",
                    new RpcError(-32600, "Invalid Request")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++ + "\",\"method\":42}",
                    new RpcError(-32600, "Invalid Request")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++ + "\"}",
                    new RpcError(-32600, "Invalid Request")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++ + "\",\"method\":\"prompts/list\"}",
                    new RpcError(-32601, "Method not found: prompts/list")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++ + "\",\"method\":\"nope/nope\",\"params\":{}}",
                    new RpcError(-32601, "Method not found: nope/nope")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++
                            + "\",\"method\":\"tools/call\",\"params\":[\"search\"]}",
                    new RpcError(-32602, "Invalid params: ")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++
                            + "\",\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}",
                    new RpcError(-32602, "Invalid params: ")));
            lines.add(raw(
                    "raw-" + k,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++
                            + "\",\"method\":\"resources/read\",\"params\":{\"uri\":\"file:///etc/passwd\"}}",
                    new RpcError(-32002, "Resource not found: ")));
            int negative = -1 - round;
            lines.add(raw(negative, "{\"jsonrpc\":\"2.0\",\"id\":" + negative + ",\"method\":\"ping\"}", new Pong()));
            lines.add(
                    silent(
                            "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"query\":\"user\"}}}"));
            lines.add(silent("{\"jsonrpc\":\"2.0\",\"method\":\"no/such/notification\",\"params\":[1]}"));
            lines.add(silent("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":\"x\"}"));
            lines.add(silent("{\"jsonrpc\":\"2.0\",\"id\":\"raw-" + k++ + "\",\"result\":{}}"));
            lines.add(silent("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":1,\"message\":\"x\"}}"));
            lines.add(silent("   "));
        }
        return lines;
    }

    private static FuzzCall nullId(String line, int code) {
        return new FuzzCall(null, line, new NullIdError(code));
    }

    private static FuzzCall raw(Object id, String line, Expect expect) {
        return new FuzzCall(McpClient.JSON.valueToTree(id), line, expect);
    }

    private static FuzzCall silent(String line) {
        return new FuzzCall(null, line, new Silence());
    }

    private FuzzCall call(JsonNode id, String tool, JsonNode arguments, Expect expect) {
        ObjectNode params = nodes.objectNode().put("name", tool);
        if (arguments != null) {
            params.set("arguments", arguments);
        }
        return request(id, "tools/call", params, expect);
    }

    private FuzzCall request(JsonNode id, String method, ObjectNode params, Expect expect) {
        ObjectNode message = nodes.objectNode().put("jsonrpc", "2.0");
        message.set("id", id);
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return new FuzzCall(id, write(message), expect);
    }

    /**
     * Compact JSON for the message; with every non-ASCII character escaped as {@code \\uXXXX} now and then, and always
     * when a string holds a lone surrogate, which UTF-8 cannot carry but a JSON escape can.
     */
    private String write(JsonNode message) {
        try {
            String plain = PLAIN.writeValueAsString(message);
            return hasLoneSurrogate(plain) || values.chance(0.3) ? ESCAPED.writeValueAsString(message) : plain;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a fuzz message", e);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
