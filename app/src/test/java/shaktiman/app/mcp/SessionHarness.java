package shaktiman.app.mcp;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import shaktiman.app.config.TestHooks;
import shaktiman.app.query.FixtureIndex;
import shaktiman.app.query.QueryTools;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.tools.EmbeddingStatus;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.WatcherState;

/**
 * Drives one {@link McpSession} the way the daemon does: the client's lines go through a pipe into
 * {@link McpSession#run}, on its own reader thread, and the answers are collected as they are sent.
 */
final class SessionHarness implements AutoCloseable {

    static final String VERSION = "9.8.7-test";
    static final Path PROJECT_ROOT = Path.of("/home/dev/shop");

    static {
        // jsonrpc4j logs whole requests and results at DEBUG; with 2 and 65 MiB payloads that floods the test report.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.googlecode.jsonrpc4j"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    private static final Duration WAIT = Duration.ofSeconds(20);

    final McpServer server;
    final McpSession session;
    private final ObjectMapper json = new ObjectMapper();
    private final PipedOutputStream client = new PipedOutputStream();
    private final BlockingQueue<byte[]> answers = new LinkedBlockingQueue<>();
    final CompletableFuture<McpSession.EndReason> ended = new CompletableFuture<>();

    SessionHarness() throws IOException {
        this(TestHooks.none());
    }

    SessionHarness(TestHooks hooks) throws IOException {
        this(new McpServer(options(16, hooks), SessionHarness::readyIndex, emptyIndex()));
    }

    SessionHarness(McpServer server) throws IOException {
        this.server = server;
        this.session = server.openSession("test-session", answers::add);
        PipedInputStream in = new PipedInputStream(client, 4 * 1024 * 1024);
        Thread.ofPlatform().daemon().name("test-session-reader").start(() -> ended.complete(session.run(in)));
    }

    /** Server options for tests: the MCP-38 example's project root, the default tool settings. */
    static McpServer.Options options(int maxConcurrentCalls, TestHooks hooks) {
        return options(maxConcurrentCalls, McpServer.Options.DEFAULT_CALL_TIMEOUT, hooks, ToolDefaults.STANDARD, true);
    }

    /** Server options for tests with the given settings and the MCP-38 example's project root. */
    static McpServer.Options options(
            int maxConcurrentCalls,
            Duration callTimeout,
            TestHooks hooks,
            ToolDefaults toolDefaults,
            boolean contextEnabled) {
        return new McpServer.Options(
                VERSION,
                Instant.now(),
                maxConcurrentCalls,
                callTimeout,
                hooks,
                PROJECT_ROOT,
                toolDefaults,
                contextEnabled);
    }

    /** A harness whose server has {@code options}, a ready index summary and an empty index. */
    static SessionHarness with(McpServer.Options options) throws IOException {
        return new SessionHarness(new McpServer(options, SessionHarness::readyIndex, emptyIndex()));
    }

    /** Query tools over an empty in-memory index, for tests that are not about query results. */
    static QueryTools emptyIndex() {
        return FixtureIndex.empty().tools();
    }

    static IndexStatus readyIndex() {
        return new IndexStatus(
                PROJECT_ROOT.toString(),
                new IndexCounts(18, 4, 63, 60, 41, 0, Map.of("typescript", 7L, "java", 5L, "go", 4L, "python", 2L)),
                IndexState.READY,
                null,
                0,
                null,
                EmbeddingStatus.disabled(),
                WatcherState.RUNNING);
    }

    static TestHooks toolDelay(long millis) {
        return new TestHooks(Map.of("toolDelayMs", Long.toString(millis)));
    }

    /** Sends one line. */
    void send(String line) throws IOException {
        client.write((line + "\n").getBytes(UTF_8));
        client.flush();
    }

    /** Sends a request with {@code id} (raw JSON), {@code method} and {@code params} (raw JSON, or null for none). */
    void request(String id, String method, String params) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}");
    }

    /** The next answer line, parsed; fails after 20 s without one. */
    JsonNode next() throws InterruptedException, IOException {
        byte[] line = answers.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no answer within " + WAIT);
        }
        return json.readTree(line);
    }

    /** The next answer's raw text. */
    String nextRaw() throws InterruptedException {
        byte[] line = answers.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no answer within " + WAIT);
        }
        return new String(line, UTF_8);
    }

    /** Sends a ping and asserts that the very next answer is its reply: nothing else was written before it. */
    JsonNode pingIsNext(String id) throws IOException, InterruptedException {
        request(id, "ping", null);
        JsonNode answer = next();
        if (!answer.path("id").toString().equals(id) || !answer.path("result").isObject()) {
            throw new AssertionError("expected the reply to ping " + id + " but got " + answer);
        }
        return answer;
    }

    /** Sends initialize with {@code version} (raw JSON, or null to leave it out) and returns its result. */
    JsonNode initialize(String version) throws IOException, InterruptedException {
        request("\"init\"", "initialize", version == null ? "{}" : "{\"protocolVersion\":" + version + "}");
        return next().path("result");
    }

    @Override
    public void close() throws IOException {
        client.close();
        session.close();
        server.close();
    }
}
