package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verifies mcp-tools §6 P1–P3 through the official MCP TypeScript SDK client, whose {@code StdioClientTransport}
 * spawns a real {@code bin/shaktimand} on the §6 fixture: the pinned SDK ({@link McpSdkCache}) runs the script
 * {@code sdk/p1-p3.mjs} once, which reports what the SDK saw as one JSON line that each test asserts a part of.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class McpSdkIT {

    private static final Duration INSTALL = Duration.ofMinutes(5);
    private static final Duration RUN = Duration.ofMinutes(4);
    private static final List<String> TOOLS =
            List.of("context", "dependencies", "diff", "enrichment_status", "search", "summary", "symbols");
    private static final String ANNOTATIONS =
            "{\"readOnlyHint\":true,\"destructiveHint\":false,\"idempotentHint\":true,\"openWorldHint\":false}";

    private static Daemons daemons;
    private static boolean failed;
    private static String buildVersion;
    private static JsonNode report;

    @BeforeAll
    @Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    static void runTheSdkClient() {
        if (!onPath("node") || !onPath("npm")) {
            return;
        }
        Path nodeModules = McpSdkCache.fromEnv(System.getenv()).nodeModules(resource("package.json"), INSTALL);
        daemons = Daemons.create(Fixture.MCP);
        failed = true;
        buildVersion = shaktimandVersion(daemons);
        report = runClient(daemons, nodeModules);
        failed = false;
    }

    /** Per test rather than in {@link #runTheSdkClient()}, so that the reports count each test as skipped. */
    @BeforeEach
    void requireNodeAndNpm() {
        assumeThat(onPath("node") && onPath("npm"))
                .as("node and npm are not both on the PATH, so P1–P3 through the official MCP TypeScript SDK"
                        + " (mcp-tools §6) are skipped; McpProtocolIT still covers them with our own reader")
                .isTrue();
    }

    @AfterAll
    static void stop() {
        if (daemons != null) {
            daemons.close(failed);
        }
    }

    // P1

    @Test
    void connect_atTheSdksOwnVersion_isAnsweredWithItAndNamesServerVersionAndTools() {
        JsonNode latest = session(null);

        assertThat(latest.path("offered").asText())
                .isEqualTo(report.at("/sdk/latest").asText());
        assertThat(latest.path("negotiated").asText())
                .as(describe(latest))
                .isEqualTo(McpClient.PROTOCOL_VERSION)
                .isIn(strings(report.at("/sdk/supported")));
        assertThat(latest.at("/serverInfo/name").asText()).isEqualTo("shaktiman");
        assertThat(latest.at("/serverInfo/title").asText()).isEqualTo("Shaktiman code index");
        assertThat(latest.at("/serverInfo/version").asText()).isEqualTo(buildVersion);
        // The SDK parses the result into its own objects, so the keys' order is the SDK's: compare as trees.
        assertThat(latest.path("capabilities"))
                .isEqualTo(json("{\"tools\":{\"listChanged\":false},"
                        + "\"resources\":{\"subscribe\":true,\"listChanged\":false}}"));
        assertThat(latest.path("instructions").asText())
                .hasSizeLessThanOrEqualTo(1_500)
                .contains(TOOLS)
                .contains("Grep");
    }

    @Test
    void connect_askingForEachOtherVersion_echoesItAndAnswersUnknownOrMissingWithTheLatest() {
        for (String version : List.of("2025-06-18", "2025-03-26", "2024-11-05")) {
            JsonNode session = session(version);

            assertThat(session.path("sent").asText()).isEqualTo(version);
            assertThat(session.path("negotiated").asText())
                    .as(describe(session))
                    .isEqualTo(version);
            assertThat(session.at("/serverInfo/name").asText()).isEqualTo("shaktiman");
        }
        for (String unknown : List.of("1999-01-01", "(omitted)")) {
            JsonNode session = session(unknown);

            assertThat(session.path("sent").asText()).isEqualTo(unknown);
            assertThat(session.path("negotiated").asText())
                    .as(describe(session))
                    .isEqualTo(McpClient.PROTOCOL_VERSION);
        }
    }

    // P2

    @Test
    void negotiatedVersion_decidesWhichNewerFieldsTheSdkReceives() {
        JsonNode v2024 = session("2024-11-05");
        JsonNode v2025a = session("2025-03-26");
        JsonNode v2025b = session("2025-06-18");

        assertThat(v2024.path("tools"))
                .as(describe(v2024))
                .hasSize(7)
                .allSatisfy(tool -> assertThat(tool.has("annotations") || tool.has("outputSchema") || tool.has("title"))
                        .as(tool.path("name").asText())
                        .isFalse());
        assertThat(onlyCall(v2024).path("structured").asBoolean()).isFalse();
        assertThat(v2025a.path("tools")).as(describe(v2025a)).hasSize(7).allSatisfy(tool -> {
            assertThat(tool.has("annotations")).as(tool.path("name").asText()).isTrue();
            assertThat(tool.has("outputSchema") || tool.has("title"))
                    .as(tool.path("name").asText())
                    .isFalse();
        });
        assertThat(onlyCall(v2025a).path("structured").asBoolean()).isFalse();
        assertThat(v2025b.path("tools"))
                .as(describe(v2025b))
                .hasSize(7)
                .allSatisfy(tool -> assertThat(tool.has("annotations") && tool.has("outputSchema") && tool.has("title"))
                        .as(tool.path("name").asText())
                        .isTrue());
        JsonNode validated = onlyCall(v2025b);
        assertThat(validated.path("ok").asBoolean()).as(validated.toString()).isTrue();
        assertThat(validated.path("validated").asBoolean()).isTrue();
        assertThat(validated.path("structured").asBoolean()).isTrue();
        assertThat(onlyCall(v2024).path("text").asText())
                .isEqualTo(validated.path("text").asText());
    }

    // P3

    @Test
    void listTools_hasTheSevenToolsWithAnnotationsAndObjectSchemas() {
        JsonNode tools = session(null).path("tools");

        assertThat(strings(tools, "name")).containsExactlyElementsOf(TOOLS);
        for (JsonNode tool : tools) {
            String name = tool.path("name").asText();
            assertThat(tool.path("annotations")).as(name).isEqualTo(json(ANNOTATIONS));
            assertThat(tool.at("/inputSchema/type").asText()).as(name).isEqualTo("object");
            assertThat(tool.at("/inputSchema/additionalProperties").isBoolean())
                    .as(name + " inputSchema.additionalProperties")
                    .isTrue();
            assertThat(tool.at("/inputSchema/additionalProperties").asBoolean())
                    .as(name)
                    .isFalse();
            assertThat(tool.at("/outputSchema/type").asText()).as(name).isEqualTo("object");
        }
    }

    @Test
    void callTool_forEveryTool_passesTheSdksOutputSchemaValidation() {
        JsonNode calls = session(null).path("calls");

        assertThat(strings(calls, "tool")).containsExactlyElementsOf(TOOLS);
        for (JsonNode call : calls) {
            String what = call.toString();
            assertThat(call.path("ok").asBoolean()).as(what).isTrue();
            assertThat(call.path("validated").asBoolean()).as(what).isTrue();
            assertThat(call.path("isError").asBoolean()).as(what).isFalse();
            assertThat(call.path("structured").asBoolean()).as(what).isTrue();
        }
    }

    /** The report's session that asked for {@code requested}; null for the one at the SDK's own version. */
    private static JsonNode session(String requested) {
        for (JsonNode session : report.path("sessions")) {
            if (Objects.equals(requested, session.path("requested").textValue())) {
                return session;
            }
        }
        throw new AssertionError("the SDK client reported no session asking for " + requested + ": " + report);
    }

    private static JsonNode onlyCall(JsonNode session) {
        assertThat(session.path("calls")).as(describe(session)).hasSize(1);
        return session.path("calls").get(0);
    }

    /** A session without its long fields, to say which one an assertion is about. */
    private static String describe(JsonNode session) {
        return "requested " + session.path("requested") + ", sent " + session.path("sent") + ", negotiated "
                + session.path("negotiated") + ", serverInfo " + session.path("serverInfo");
    }

    private static List<String> strings(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The {@code field} of each object in {@code objects}, in order. */
    private static List<String> strings(JsonNode objects, String field) {
        List<String> texts = new ArrayList<>();
        objects.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    private static JsonNode json(String text) {
        try {
            return McpClient.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(File.pathSeparator))
                        .filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, program))
                        .anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
    }

    private static String resource(String name) {
        try (InputStream in = McpSdkIT.class.getResourceAsStream("/sdk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource sdk/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource sdk/" + name, e);
        }
    }

    /** MI-46: {@code shaktimand --version} prints {@code shaktimand <version> (<commit>) java …}. */
    private static String shaktimandVersion(Daemons world) {
        DaemonProcess version = world.daemon().args("--version").start();
        assertThat(version.awaitExit(Daemons.SHORT)).isZero();
        version.mcp().awaitEof(Daemons.SHORT);
        return version.mcp().lines().getFirst().raw().split(" ")[1];
    }

    /**
     * Runs {@code node p1-p3.mjs bin/shaktimand <root>} with stdin from /dev/null and embeddings off (§6), the script
     * next to a link to the cached {@code node_modules}, and returns its report line.
     */
    private static JsonNode runClient(Daemons world, Path nodeModules) {
        Path client = world.newDir("sdk");
        Path stdout = world.base().resolve("sdk-client.out");
        Path stderr = world.base().resolve("sdk-client.err");
        try {
            Files.writeString(client.resolve("p1-p3.mjs"), resource("p1-p3.mjs"), StandardCharsets.UTF_8);
            // Node resolves the script's imports from the node_modules beside it; the link keeps the cache shared.
            Files.createSymbolicLink(client.resolve("node_modules"), nodeModules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the SDK client in " + client, e);
        }
        ProcessBuilder builder = new ProcessBuilder(
                        "node",
                        client.resolve("p1-p3.mjs").toString(),
                        world.shaktimandPath().toString(),
                        world.root().toString())
                .directory(world.base().toFile())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(world.environment(world.tmpDir()));
        builder.environment().putAll(Map.of("SHAKTIMAN_EMBEDDING_ENABLED", "false"));
        Process node = world.launch(builder, "node p1-p3.mjs");
        boolean exited;
        try {
            exited = node.waitFor(RUN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the SDK client", e);
        }
        if (!exited) {
            ProcessTree.destroy(node.toHandle(), Duration.ofSeconds(10));
        }
        String out = read(stdout);
        String err = read(stderr);
        String output = "\n--- stdout:\n" + McpClient.abbreviate(out) + "\n--- stderr:\n" + McpClient.abbreviate(err);
        if (!exited) {
            throw new AssertionError("the SDK client did not finish within " + RUN.toSeconds() + " s" + output);
        }
        assertThat(node.exitValue())
                .as("exit status of the SDK client" + output)
                .isZero();
        List<String> lines = out.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("the SDK client's report line" + output).isNotEmpty();
        JsonNode parsed;
        try {
            parsed = McpClient.JSON.readTree(lines.getLast());
        } catch (IOException e) {
            throw new AssertionError("the SDK client's last line is not JSON" + output, e);
        }
        assertThat(parsed.path("error").isNull())
                .as("the SDK client failed: " + parsed.path("error") + output)
                .isTrue();
        assertThat(parsed.at("/sdk/version").asText())
                .as("the SDK version the client resolved, against sdk/package.json's pin")
                .isEqualTo(pinnedSdkVersion());
        return parsed;
    }

    private static String pinnedSdkVersion() {
        try {
            return McpClient.JSON
                    .readTree(resource("package.json"))
                    .at("/dependencies/@modelcontextprotocol~1sdk")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException("sdk/package.json is not JSON", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
