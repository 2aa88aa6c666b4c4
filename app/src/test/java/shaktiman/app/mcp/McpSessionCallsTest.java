package shaktiman.app.mcp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.config.TestHooks;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.ToolDefaults;

/** Verifies tool calls through a session: concurrency, ping during work, cancellation, duplicate ids, shutdown. */
@Timeout(60)
class McpSessionCallsTest {

    private static final long FOREVER_MS = 600_000;

    @Test
    void ping_whileAToolCallWaits_isAnsweredFirst() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(FOREVER_MS))) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");

            harness.pingIsNext("2");
        }
    }

    @Test
    void cancelledCall_writesNoResponseAndCountsAsCancelled() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(FOREVER_MS))) {
            harness.request("7", "tools/call", "{\"name\":\"summary\"}");
            harness.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}");

            harness.pingIsNext("8");

            assertThat(harness.server.awaitInFlight(Duration.ofSeconds(20))).isTrue();
            harness.pingIsNext("9");
            assertThat(harness.server.daemonStats().snapshot().get("summary").cancelled())
                    .isEqualTo(1);
        }
    }

    @Test
    void call_pastItsDeadline_isAnsweredWithTheTimeoutErrorAndCountsAsAnError() throws Exception {
        try (SessionHarness harness = SessionHarness.with(SessionHarness.options(
                16, Duration.ofSeconds(1), SessionHarness.toolDelay(FOREVER_MS), ToolDefaults.STANDARD, true))) {
            harness.request("3", "tools/call", "{\"name\":\"summary\"}");

            JsonNode answer = harness.next();

            assertThat(answer.path("id").asInt()).isEqualTo(3);
            assertThat(answer.path("result").path("isError").asBoolean())
                    .as(answer.toString())
                    .isTrue();
            assertThat(answer.path("result")
                            .path("content")
                            .path(0)
                            .path("text")
                            .asText())
                    .isEqualTo("summary timed out after 1 s; narrow the request");
            assertThat(harness.server.awaitInFlight(Duration.ofSeconds(20))).isTrue();
            var stats = harness.server.daemonStats().snapshot().get("summary");
            assertThat(stats.errors()).isEqualTo(1);
            assertThat(stats.cancelled()).isZero();
            harness.pingIsNext("4");
        }
    }

    @Test
    void call_endingBeforeItsDeadline_isAnsweredNormally() throws Exception {
        try (SessionHarness harness = SessionHarness.with(SessionHarness.options(
                16, Duration.ofSeconds(30), SessionHarness.toolDelay(1), ToolDefaults.STANDARD, true))) {
            harness.request("3", "tools/call", "{\"name\":\"summary\"}");

            JsonNode answer = harness.next();

            assertThat(answer.path("result").path("isError").asBoolean())
                    .as(answer.toString())
                    .isFalse();
            assertThat(answer.path("result")
                            .path("structuredContent")
                            .path("index_state")
                            .asText())
                    .isEqualTo("ready");
        }
    }

    @Test
    void cancel_ofAStringIdWithTheSameDigits_leavesTheIntegerIdRunning() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(FOREVER_MS))) {
            harness.request("7", "tools/call", "{\"name\":\"summary\"}");
            harness.send(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"7\"}}");
            harness.pingIsNext("8");

            assertThat(harness.server.awaitInFlight(Duration.ZERO)).isFalse();
        }
    }

    @Test
    void duplicateInFlightId_isRejectedButTheSameDigitsAsAStringAreNot() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(FOREVER_MS))) {
            harness.request("5", "tools/call", "{\"name\":\"summary\"}");
            harness.request("5", "tools/call", "{\"name\":\"summary\"}");
            JsonNode duplicate = harness.next();
            harness.request("\"5\"", "tools/call", "{\"name\":\"summary\"}");

            assertThat(duplicate.path("id").toString()).isEqualTo("5");
            assertThat(duplicate.path("error").path("code").asInt()).isEqualTo(-32600);
            assertThat(duplicate.path("error").path("message").asText()).isEqualTo("duplicate request id");
            harness.pingIsNext("6");
        }
    }

    @Test
    void concurrentCalls_withStringAndIntegerIds_areEachAnsweredOnce() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(5))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = i % 2 == 0 ? String.valueOf(i) : "\"" + i + "\"";
                ids.add(id);
                harness.request(id, "tools/call", "{\"name\":\"summary\"}");
            }

            List<String> answered = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                JsonNode answer = harness.next();
                assertThat(answer.path("result").path("structuredContent").isObject())
                        .isTrue();
                answered.add(answer.path("id").toString());
            }

            assertThat(answered).containsExactlyInAnyOrderElementsOf(ids);
            harness.pingIsNext("\"after\"");
        }
    }

    @Test
    void twoMebibyteRequest_isServedWithItsId() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            String big = "x".repeat(2 * 1024 * 1024);
            harness.request("\"big\"", "tools/call", "{\"name\":\"summary\",\"arguments\":{\"x\":\"" + big + "\"}}");
            JsonNode answer = harness.next();

            assertThat(answer.path("id").asText()).isEqualTo("big");
            assertThat(answer.path("result").path("isError").asBoolean()).isTrue();
        }
    }

    @Test
    void summary_withAnUnknownArgument_failsNamingIt() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\",\"arguments\":{\"x\":1}}");
            JsonNode result = harness.next().path("result");

            assertThat(result.path("isError").asBoolean()).isTrue();
            assertThat(result.has("structuredContent")).isFalse();
            assertThat(result.path("content").get(0).path("text").asText())
                    .isEqualTo("unknown argument 'x'; accepted: (none)");
        }
    }

    @Test
    void summary_withANullArgument_treatsItAsAbsent() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\",\"arguments\":{\"x\":null}}");

            assertThat(harness.next().path("result").has("isError")).isFalse();
        }
    }

    @Test
    void summary_structuredContent_hasTheMcp38Shape() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            JsonNode summary = harness.next().path("result").path("structuredContent");

            assertThat(summary.toString())
                    .startsWith("{\"project_root\":\"/home/dev/shop\",\"index_state\":\"ready\",\"files\":18,"
                            + "\"test_files\":4,\"chunks\":63,\"symbols\":60,\"edges\":41,\"languages\":"
                            + "{\"typescript\":7,\"java\":5,\"go\":4,\"python\":2},\"parse_errors\":0,"
                            + "\"stale_files\":0,\"embedding\":{\"enabled\":false,\"coverage_pct\":0.0,"
                            + "\"circuit_state\":\"disabled\"},\"watcher\":\"running\",\"daemon\":"
                            + "{\"role\":\"leader\",\"pid\":"
                            + ProcessHandle.current().pid() + ",\"version\":\""
                            + SessionHarness.VERSION + "\",\"uptime_s\":");
            assertThat(summary.has("notice")).isFalse();
            assertThat(summary.path("daemon").path("sessions").asInt()).isEqualTo(1);
            assertThat(summary.path("metrics").toString()).isEqualTo("{\"dropped\":0,\"daemon\":{},\"connection\":{}}");
        }
    }

    @Test
    void summary_metrics_countEarlierCallsButNotItself() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            harness.next();
            harness.request("2", "tools/call", "{\"name\":\"summary\",\"arguments\":{\"x\":1}}");
            harness.next();
            harness.request("3", "tools/call", "{\"name\":\"summary\"}");
            JsonNode stats = harness.next()
                    .path("result")
                    .path("structuredContent")
                    .path("metrics")
                    .path("connection");

            JsonNode summary = stats.path("summary");
            assertThat(summary.path("calls").asInt()).isEqualTo(2);
            assertThat(summary.path("errors").asInt()).isEqualTo(1);
            assertThat(summary.path("cancelled").asInt()).isZero();
            assertThat(summary.path("p50_ms").asDouble())
                    .isLessThanOrEqualTo(summary.path("p95_ms").asDouble());
        }
    }

    @Test
    void resourceRead_equalsTheToolsStructuredContentApartFromLiveFields() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            JsonNode fromTool =
                    harness.next().path("result").path("structuredContent").deepCopy();
            harness.request("2", "resources/read", "{\"uri\":\"shaktiman://workspace/summary\"}");
            String text = harness.next()
                    .path("result")
                    .path("contents")
                    .get(0)
                    .path("text")
                    .asText();
            JsonNode fromResource = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);

            for (JsonNode node : List.of(fromTool, fromResource)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("metrics");
                ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("daemon")).remove("uptime_s");
            }
            assertThat(fromResource).isEqualTo(fromTool);
        }
    }

    @Test
    void stopReading_leavesNewRequestsUnansweredAndLetsRunningOnesFinish() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SummarySource blocking = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted while the test held the call", e);
            }
            return SessionHarness.readyIndex();
        };
        McpServer server =
                new McpServer(SessionHarness.options(16, TestHooks.none()), blocking, SessionHarness.emptyIndex());
        try (SessionHarness harness = new SessionHarness(server)) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            harness.pingIsNext("2");

            harness.server.stopReading();
            harness.request("3", "ping", null);
            release.countDown();

            assertThat(harness.server.awaitInFlight(Duration.ofSeconds(20))).isTrue();
            assertThat(harness.next().path("id").asInt()).isEqualTo(1);
            assertThat(harness.ended.get(20, TimeUnit.SECONDS)).isEqualTo(McpSession.EndReason.CLOSED);
        }
    }

    @Test
    void responseOverTheLimit_isReplacedByTheNarrowTheRequestError() throws Exception {
        String hugeRoot = "/" + "r".repeat(65 * 1024 * 1024);
        SummarySource huge = () -> {
            IndexStatus ready = SessionHarness.readyIndex();
            return new IndexStatus(
                    hugeRoot, ready.counts(), ready.state(), null, 0, null, ready.embedding(), ready.watcher());
        };
        McpServer server =
                new McpServer(SessionHarness.options(16, TestHooks.none()), huge, SessionHarness.emptyIndex());
        try (SessionHarness harness = new SessionHarness(server)) {
            harness.request("\"wide\"", "tools/call", "{\"name\":\"summary\"}");
            JsonNode answer = harness.next();

            assertThat(answer.path("id").asText()).isEqualTo("wide");
            assertThat(answer.path("error").path("code").asInt()).isEqualTo(-32603);
            assertThat(answer.path("error").path("message").asText())
                    .isEqualTo("response exceeds the 64 MiB limit; narrow the request");
            harness.pingIsNext("2");
        }
    }

    @Test
    void cancelAll_endsWaitingCallsWithoutAnAnswer() throws Exception {
        try (SessionHarness harness = new SessionHarness(SessionHarness.toolDelay(FOREVER_MS))) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            harness.request("2", "tools/call", "{\"name\":\"summary\"}");
            harness.pingIsNext("3");

            harness.server.cancelAll();

            assertThat(harness.server.awaitInFlight(Duration.ofSeconds(20))).isTrue();
            harness.pingIsNext("4");
        }
    }

    @Test
    void concurrencyLimit_ofOne_stillAnswersEveryCall() throws Exception {
        McpServer server = new McpServer(
                SessionHarness.options(1, TestHooks.none()), SessionHarness::readyIndex, SessionHarness.emptyIndex());
        try (SessionHarness harness = new SessionHarness(server)) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                harness.request(String.valueOf(i), "tools/call", "{\"name\":\"summary\"}");
                ids.add(String.valueOf(i));
            }

            Set<String> answered = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                answered.add(harness.next().path("id").toString());
            }

            assertThat(answered).isEqualTo(ids);
        }
    }

    @Test
    void outputFailure_isReportedOnceAndEndsTheRun() throws Exception {
        McpServer server = new McpServer(
                SessionHarness.options(16, TestHooks.none()), SessionHarness::readyIndex, SessionHarness.emptyIndex());
        List<IOException> failures = new CopyOnWriteArrayList<>();
        McpSession session = server.openSession(
                "broken",
                line -> {
                    throw new IOException("Broken pipe");
                },
                (failed, cause) -> failures.add(cause));
        String lines = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n";

        McpSession.EndReason reason = session.run(new java.io.ByteArrayInputStream(lines.getBytes(UTF_8)));

        assertThat(reason).isEqualTo(McpSession.EndReason.OUTPUT_FAILED);
        assertThat(failures).hasSize(1);
        server.close();
    }

    @Test
    void run_untilEof_reportsEof() throws Exception {
        McpServer server = new McpServer(
                SessionHarness.options(16, TestHooks.none()), SessionHarness::readyIndex, SessionHarness.emptyIndex());
        List<byte[]> out = new CopyOnWriteArrayList<>();
        McpSession session = server.openSession("eof", out::add);

        McpSession.EndReason reason = session.run(new java.io.ByteArrayInputStream(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\r\n".getBytes(UTF_8)));

        assertThat(reason).isEqualTo(McpSession.EndReason.EOF);
        assertThat(out).hasSize(1);
        session.close();
        assertThat(server.sessionCount()).isZero();
        server.close();
    }
}
