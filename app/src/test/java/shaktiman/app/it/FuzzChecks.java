package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.it.FuzzCall.NullIdError;
import shaktiman.app.it.FuzzCall.Pong;
import shaktiman.app.it.FuzzCall.RpcError;
import shaktiman.app.it.FuzzCall.Silence;
import shaktiman.app.it.FuzzCall.ToolResult;
import shaktiman.app.it.FuzzCall.Valid;

/**
 * Checks one reply of {@link ToolFuzzIT} against what its line expects and returns every problem as a sentence: MCP-8's
 * error codes, MCP-17's result shape and output schema, MCP-18's three messages, and for valid arguments what the
 * answer must respect (path and scope filters, result limits, min_score, names, kinds, depth, edge kinds).
 */
final class FuzzChecks {

    /** MCP-19's tool failure: an engine or store bug as far as a fuzzer is concerned. */
    static final Pattern TOOL_FAILED = Pattern.compile("^[a-z_]+ failed:.*", Pattern.DOTALL);

    private static final Pattern ARGUMENT_ERROR = Pattern.compile(
            "^(missing required argument '[a-z_]+' \\([a-z]+\\)" + "|invalid argument '[a-z_]+': .+; got .+"
                    + "|unknown argument '.*'; accepted: .+)$",
            Pattern.DOTALL);

    /** The one result list of each tool whose entries carry a located file, and whether they carry is_test. */
    private static final Map<String, String> RESULTS = Map.of(
            "search", "results",
            "context", "chunks",
            "symbols", "definitions",
            "dependencies", "results",
            "diff", "changes");

    /** {@code mcp.max_output_tokens}'s default: no text but context's exceeds it (MCP-17). */
    private static final int MAX_OUTPUT_TOKENS = 25_000;

    private final Map<String, Schema> outputSchemas = new HashMap<>();
    private final JtokkitTokenCounter tokens = new JtokkitTokenCounter();

    /** @param tools the {@code tools} array of {@code tools/list} */
    FuzzChecks(JsonNode tools) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        tools.forEach(
                tool -> outputSchemas.put(tool.path("name").asText(), registry.getSchema(tool.path("outputSchema"))));
    }

    /** The problems of {@code response} as the reply to {@code call}; empty when it is right. */
    List<String> check(FuzzCall call, JsonNode response) {
        List<String> problems = new ArrayList<>();
        if (!"2.0".equals(response.path("jsonrpc").asText())) {
            problems.add("jsonrpc is not \"2.0\"");
        }
        switch (call.expect()) {
            case ToolResult tool -> checkToolResult(tool, response, problems);
            case RpcError error -> checkError(response, error.code(), error.messagePrefix(), problems);
            case NullIdError error -> checkError(response, error.code(), "", problems);
            case Pong pong -> {
                if (!response.path("result").isObject()
                        || !response.path("result").isEmpty()) {
                    problems.add("ping did not answer {}");
                }
            }
            case Silence silence -> problems.add("a line that must get no reply got one");
        }
        return problems;
    }

    private static void checkError(JsonNode response, int code, String prefix, List<String> problems) {
        JsonNode error = response.path("error");
        if (!error.isObject() || response.has("result")) {
            problems.add("expected JSON-RPC error " + code + ", got a result");
            return;
        }
        if (error.path("code").asInt() != code) {
            problems.add("expected error code " + code + ", got " + error.path("code"));
        }
        if (!error.path("message").asText().startsWith(prefix)) {
            problems.add("expected an error message starting '" + prefix + "'");
        }
        if (code == -32602
                && prefix.startsWith("Unknown tool")
                && error.path("data").path("available").size() != 7) {
            problems.add("Unknown tool without the 7 tool names in data.available");
        }
    }

    private void checkToolResult(ToolResult expected, JsonNode response, List<String> problems) {
        if (response.has("error")) {
            problems.add("a tool call answered a JSON-RPC error; MCP-8 prescribes a tool result");
            return;
        }
        JsonNode result = response.path("result");
        JsonNode content = result.path("content");
        if (content.size() != 1
                || !"text".equals(content.get(0).path("type").asText())
                || !content.get(0).path("text").isTextual()) {
            problems.add("content is not one text item");
            return;
        }
        String text = content.get(0).path("text").textValue();
        if (result.has("isError")) {
            checkToolError(expected, result, text, problems);
        } else {
            checkSuccess(expected, result, text, problems);
        }
    }

    private static void checkToolError(ToolResult expected, JsonNode result, String text, List<String> problems) {
        if (!result.path("isError").isBoolean() || !result.path("isError").booleanValue()) {
            problems.add("isError present but not true");
        }
        if (result.has("structuredContent")) {
            problems.add("an error result has structuredContent");
        }
        if (text.isEmpty() || text.contains("\n") || text.contains("\r")) {
            problems.add("the isError text is not one non-empty line");
        }
        if (TOOL_FAILED.matcher(text).matches()) {
            problems.add("internal failure (MCP-19)");
        } else if (!ARGUMENT_ERROR.matcher(text).matches()) {
            problems.add("the isError text is none of MCP-18's messages");
        }
        if (expected.valid().isPresent()) {
            problems.add("valid arguments were refused");
        }
    }

    private void checkSuccess(ToolResult expected, JsonNode result, String text, List<String> problems) {
        JsonNode structured = result.path("structuredContent");
        if (!structured.isObject()) {
            problems.add("a success without structuredContent");
            return;
        }
        Schema schema = outputSchemas.get(expected.tool());
        List<Error> errors = schema == null ? List.of() : schema.validate(structured);
        if (!errors.isEmpty()) {
            problems.add("structuredContent breaks the outputSchema: " + errors);
        }
        int textTokens = tokens.count(text);
        if (expected.tool().equals("context")) {
            if (textTokens > structured.path("budget_tokens").asInt()) {
                problems.add("context's text has " + textTokens + " tokens, over its budget (MCP-29)");
            }
        } else if (textTokens > MAX_OUTPUT_TOKENS) {
            problems.add("the text has " + textTokens + " tokens, over mcp.max_output_tokens (MCP-17)");
        }
        if (!expected.tool().equals("search") && !expected.tool().equals("context")) {
            try {
                if (!McpClient.JSON.readTree(text).equals(structured)) {
                    problems.add("the text is not the structuredContent as JSON (MCP-17)");
                }
            } catch (IOException e) {
                problems.add("the text is not JSON (MCP-17): " + e.getMessage());
            }
        }
        expected.valid().ifPresent(valid -> checkValid(expected.tool(), valid, structured, problems));
    }

    private static void checkValid(String tool, Valid valid, JsonNode structured, List<String> problems) {
        String listName = RESULTS.get(tool);
        if (listName == null) {
            return;
        }
        JsonNode list = structured.path(listName);
        if (list.size() > valid.maxResults()) {
            problems.add(listName + " has " + list.size() + " entries, more than " + valid.maxResults());
        }
        if (tool.equals("diff") && !list.isEmpty()) {
            problems.add("diff reports changes although no file changed");
        }
        List<JsonNode> located = new ArrayList<>();
        list.forEach(located::add);
        if (tool.equals("dependencies")) {
            structured.path("roots").forEach(root -> checkLocation(root, valid, "root", problems));
            checkDependencies(valid, list, problems);
        } else {
            located.forEach(entry -> checkLocation(entry, valid, listName, problems));
        }
        if (tool.equals("search")) {
            BigDecimal floor = BigDecimal.valueOf(valid.minScore()).setScale(4, RoundingMode.HALF_UP);
            list.forEach(hit -> {
                if (hit.path("score")
                                .decimalValue()
                                .setScale(4, RoundingMode.HALF_UP)
                                .compareTo(floor)
                        < 0) {
                    problems.add("a hit scores " + hit.path("score") + " below min_score " + valid.minScore());
                }
            });
        }
        if (tool.equals("symbols")) {
            list.forEach(definition -> {
                valid.name()
                        .filter(name -> !name.equals(definition.path("name").asText()))
                        .ifPresent(name -> problems.add("a definition is named " + definition.path("name")));
                valid.kind()
                        .filter(kind -> !kind.equals(definition.path("kind").asText()))
                        .ifPresent(kind -> problems.add("a definition of kind " + definition.path("kind")));
            });
        }
        if (tool.equals("context")
                && structured.path("used_tokens").asInt()
                        > structured.path("budget_tokens").asInt() + 2) {
            problems.add("context used more tokens than its budget");
        }
    }

    /** Roots obey the file filter; results obey scope, depth, edge kinds and direction (MCP-34). */
    private static void checkDependencies(Valid valid, JsonNode results, List<String> problems) {
        results.forEach(entry -> {
            checkScope(entry, valid.scope(), "result", problems);
            if (entry.path("depth").asInt() > valid.depth()) {
                problems.add("a result at depth " + entry.path("depth") + " beyond " + valid.depth());
            }
            if (!valid.edgeKinds().contains(entry.path("edge_kind").asText())) {
                problems.add("a result over edge kind " + entry.path("edge_kind") + " not asked for");
            }
            valid.direction()
                    .filter(direction -> !direction.equals("both"))
                    .filter(direction ->
                            !direction.equals(entry.path("direction").asText()))
                    .ifPresent(direction -> problems.add("a result in direction " + entry.path("direction")));
        });
    }

    private static void checkLocation(JsonNode entry, Valid valid, String what, List<String> problems) {
        String file = entry.path("file_path").asText();
        String prefix = valid.path();
        if (!prefix.isEmpty() && !file.equals(prefix) && !file.startsWith(prefix + "/")) {
            problems.add("a " + what + " in " + file + " is outside the path filter " + prefix);
        }
        checkScope(entry, valid.scope(), what, problems);
    }

    private static void checkScope(JsonNode entry, String scope, String what, List<String> problems) {
        if (!entry.has("is_test")) {
            return;
        }
        boolean test = entry.path("is_test").asBoolean();
        if ((scope.equals("impl") && test) || (scope.equals("test") && !test)) {
            problems.add(
                    "a " + what + " in " + entry.path("file_path") + " with is_test " + test + " under scope " + scope);
        }
    }
}
