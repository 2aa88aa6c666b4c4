package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.it.FuzzCall.NullIdError;
import shaktiman.app.it.FuzzCall.Silence;
import shaktiman.app.it.FuzzCall.ToolResult;
import shaktiman.testkit.CanonicalDump;

/**
 * Verifies acceptance 4 of issue #4 against a real {@code bin/shaktimand} on the §6 fixture: 10,000 seeded random
 * {@code tools/call} requests (valid ones, hostile argument types, huge and unicode strings, extreme numbers, FTS5 and
 * SQL syntax, unknown tools) and malformed lines, pipelined over stdio, each get exactly the reply MCP-8, MCP-17 and
 * MCP-18 prescribe, never a tool failure, a crash, a hang or a changed index. The seed is printed; rerun one with
 * {@code -Dshaktiman.fuzz.seed=<seed>}.
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ToolFuzzIT {

    static final String SEED_PROPERTY = "shaktiman.fuzz.seed";

    private static final int CALLS = 10_000;
    private static final int MAX_IN_FLIGHT = 32;
    /** Far above any honest answer on the fixture, even on a loaded 2-core machine: past it, a call hangs. */
    private static final Duration REPLY_DEADLINE = Duration.ofSeconds(60);
    /** Two huge strings of this many characters: about 8 MiB in all, within MI-19's 64 MiB line limit. */
    private static final int HUGE_LENGTH = 4 * 1024 * 1024;

    private static final int PING_EVERY = 500;
    private static final int CANCEL_EVERY = 250;
    private static final int PROBLEMS_SHOWN = 40;

    @Test
    void toolsCall_tenThousandSeededHostileCalls_eachAnsweredAsSpecifiedWithTheIndexUnchanged(Daemons daemons) {
        long seed = Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());
        System.err.println("ToolFuzzIT: seed " + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed + ")");
        DaemonProcess leader = daemons.startLeader();
        McpClient client = leader.mcp();
        Summaries.awaitReady(client, Daemons.LEADER_START);
        Path db = daemons.layout().indexDb();
        List<String> before = CanonicalDump.of(db);
        JsonNode tools = McpClient.resultOf(client.request("fuzz-tools", "tools/list", Map.of()))
                .path("tools");
        FuzzValues values = new FuzzValues(new Random(seed), Daemons.canonical(daemons.root()));
        FuzzCalls calls = new FuzzCalls(values);
        Run run = new Run(client, new FuzzChecks(tools), seed);
        long started = System.nanoTime();

        List<FuzzCall> malformed = calls.malformed();
        int malformedEvery = CALLS / (malformed.size() + 1);
        for (int n = 1; n <= CALLS; n++) {
            if (n == CALLS / 3) {
                run.send(calls.hugeQuery(n, HUGE_LENGTH));
            } else if (n == 2 * CALLS / 3) {
                run.send(calls.hugeName(n, HUGE_LENGTH));
            } else {
                run.send(calls.toolCall(n));
            }
            if (n % malformedEvery == 0 && n / malformedEvery <= malformed.size()) {
                run.send(malformed.get(n / malformedEvery - 1));
            }
            if (n % PING_EVERY == 0) {
                run.send(calls.ping("fuzz-ping-" + n));
            }
            if (n % CANCEL_EVERY == 0) {
                // A recent id, in flight or not; which one depends on the seed only, never on timing.
                run.cancel(IntNode.valueOf(n - values.random().nextInt(MAX_IN_FLIGHT)), calls);
                run.send(calls.cancel(calls.anyRequestId()));
            }
        }
        run.drain();
        // Answered by the reader itself (MCP-10): the daemon still serves after everything above.
        run.send(calls.ping("fuzz-final-ping"));
        run.drain();
        run.awaitNullIdReplies();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        System.err.println(
                "ToolFuzzIT: seed " + seed + ", " + run.sent + " lines in " + elapsedMs + " ms; " + run.outcomes);

        assertThat(run.toolCalls).as("tools/call requests sent").isGreaterThanOrEqualTo(CALLS);
        assertThat(run.problems)
                .as("seed %d: %d replies break MCP-8/17/18 (at most %d shown)", seed, run.problemCount, PROBLEMS_SHOWN)
                .isEmpty();
        assertThat(leader.isAlive()).as("the leader is alive").isTrue();
        assertThat(CanonicalDump.of(db)).as("seed %d: the index", seed).containsExactlyElementsOf(before);
        assertThat(daemons.state().log())
                .as("seed %d: ERROR records in the log", seed)
                .noneMatch(record -> record.level().equals("ERROR"));
    }

    /** The pipelined exchange: at most {@link #MAX_IN_FLIGHT} requests unanswered, each with its deadline. */
    private static final class Run {
        private final McpClient client;
        private final FuzzChecks checks;
        private final long seed;
        private final Map<JsonNode, Pending> pending = new LinkedHashMap<>();
        private final Map<JsonNode, FuzzCall> cancelled = new HashMap<>();
        private final Set<JsonNode> answered = new HashSet<>();
        private final Map<Integer, Integer> nullIdsExpected = new TreeMap<>();
        private final Map<Integer, Integer> nullIdsReceived = new TreeMap<>();
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        private int cursor;
        private int sent;
        private int toolCalls;

        Run(McpClient client, FuzzChecks checks, long seed) {
            this.client = client;
            this.checks = checks;
            this.seed = seed;
            // Replies to the set-up requests before the run are not the run's.
            this.cursor = client.lines().size();
        }

        private record Pending(FuzzCall call, long sentAt) {}

        void send(FuzzCall call) {
            awaitRoom(MAX_IN_FLIGHT);
            client.send(call.line());
            sent++;
            if (call.expect() instanceof ToolResult || call.line().contains("\"tools/call\"")) {
                toolCalls++;
            }
            switch (call.expect()) {
                case NullIdError error -> nullIdsExpected.merge(error.code(), 1, Integer::sum);
                case Silence silence -> {}
                default -> pending.put(call.id(), new Pending(call, System.nanoTime()));
            }
            consume(client.linesAfter(cursor, Duration.ZERO));
        }

        /** Cancels {@code id} if it is still unanswered; its reply then becomes optional (MCP-21). */
        void cancel(JsonNode id, FuzzCalls calls) {
            Pending waiting = pending.remove(id);
            if (waiting != null) {
                cancelled.put(id, waiting.call());
            }
            send(calls.cancel(id));
        }

        void drain() {
            awaitRoom(1);
        }

        /** Waits until every line that is answered with a null id has been (MCP-8 answers them in the reader). */
        void awaitNullIdReplies() {
            long end = System.nanoTime() + REPLY_DEADLINE.toNanos();
            while (!nullIdsReceived.equals(nullIdsExpected) && System.nanoTime() < end) {
                consume(client.linesAfter(cursor, Duration.ofMillis(200)));
                if (client.atEof()) {
                    break;
                }
            }
            consume(client.linesAfter(cursor, Duration.ZERO));
            if (!nullIdsReceived.equals(nullIdsExpected)) {
                problem("replies with id null by code: expected " + nullIdsExpected + ", got " + nullIdsReceived);
            }
        }

        private void awaitRoom(int limit) {
            while (pending.size() >= limit) {
                Pending oldest = pending.values().iterator().next();
                long left = oldest.sentAt() + REPLY_DEADLINE.toNanos() - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("seed " + seed + ": no reply within " + REPLY_DEADLINE.toSeconds()
                            + " s (a hang) to " + shorten(oldest.call().line()));
                }
                List<McpClient.Line> fresh =
                        client.linesAfter(cursor, Duration.ofNanos(Math.min(left, 1_000_000_000L)));
                if (fresh.isEmpty() && client.atEof()) {
                    throw new AssertionError("seed " + seed + ": the daemon's stdout ended (a crash?) with "
                            + pending.size() + " requests unanswered, the oldest "
                            + shorten(oldest.call().line()));
                }
                consume(fresh);
            }
        }

        private void consume(List<McpClient.Line> fresh) {
            cursor += fresh.size();
            fresh.forEach(this::receive);
        }

        private void receive(McpClient.Line line) {
            JsonNode json = line.json();
            if (!line.isResponse()) {
                problem("a line that is not a JSON-RPC response: " + shorten(line.raw()));
                return;
            }
            JsonNode id = json.get("id");
            if (id == null || id.isNull()) {
                int code = json.path("error").path("code").asInt();
                outcomes.merge("null-id error " + code, 1, Integer::sum);
                if (nullIdsReceived.getOrDefault(code, 0) >= nullIdsExpected.getOrDefault(code, 0)) {
                    problem("an unexpected reply with id null: " + shorten(line.raw()));
                }
                nullIdsReceived.merge(code, 1, Integer::sum);
                return;
            }
            if (!answered.add(id)) {
                problem("a second reply to id " + id + ": " + shorten(line.raw()));
                return;
            }
            Pending waiting = pending.remove(id);
            FuzzCall call = waiting != null ? waiting.call() : cancelled.remove(id);
            if (call == null) {
                problem("a reply to an id never sent: " + shorten(line.raw()));
                return;
            }
            outcomes.merge(outcome(json), 1, Integer::sum);
            for (String found : checks.check(call, json)) {
                problem(found + "\n    sent: " + shorten(call.line()) + "\n    got:  " + shorten(line.raw()));
            }
        }

        private void problem(String text) {
            problemCount++;
            if (problems.size() < PROBLEMS_SHOWN) {
                problems.add(text);
            }
        }

        private static String outcome(JsonNode response) {
            if (response.has("error")) {
                return "error " + response.path("error").path("code").asInt();
            }
            JsonNode result = response.path("result");
            if (result.path("isError").asBoolean()) {
                String text = result.path("content").path(0).path("text").asText();
                return FuzzChecks.TOOL_FAILED.matcher(text).matches() ? "tool failed" : "invalid arguments";
            }
            return result.has("content") ? "success" : "empty result";
        }

        /** Lines of up to 8 MiB are cut to their first 600 characters for a report. */
        private static String shorten(String line) {
            String head = line.length() <= 600 ? line : line.substring(0, 600) + "... (" + line.length() + " chars)";
            // Escaped to ASCII: a lone surrogate or NUL would cut the report short, and the escapes are valid JSON.
            StringBuilder ascii = new StringBuilder(head.length());
            head.chars().forEach(c -> {
                if (c >= 0x20 && c < 0x7f) {
                    ascii.append((char) c);
                } else {
                    ascii.append(String.format("\\u%04x", c));
                }
            });
            return ascii.toString();
        }
    }
}
