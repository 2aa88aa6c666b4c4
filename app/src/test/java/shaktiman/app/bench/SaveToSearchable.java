package shaktiman.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Save → searchable (IX-71): a real {@code bin/shaktimand} leads the copy; once its startup scan is done, each edit
 * appends a comment with a new identifier to a random indexed file, and the time runs until a read-only full-text query
 * on the index finds the identifier's analyzer term. An edit the leader does not index within {@link #PER_EDIT} is a
 * timeout; after {@link #MAX_TIMEOUTS} of them the phase stops and reports why, with no figure.
 */
final class SaveToSearchable {

    static final int EDITS = 50;

    /** {@code watcher.debounce_ms}'s default; the benchmark writes no config, so the leader runs with it. */
    static final long DEBOUNCE_MS = 200;

    private static final Duration PER_EDIT = Duration.ofSeconds(10);
    private static final int MAX_TIMEOUTS = 3;
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();

    private SaveToSearchable() {}

    /**
     * The outcome: the raw save → found times of the edits that were found, or why there is no figure.
     *
     * @param nanos one entry per edit found, in edit order
     * @param notMeasured why the phase gave no figure; empty when all {@link #EDITS} edits were found
     */
    record Result(List<Long> nanos, Optional<String> notMeasured) {}

    /** Runs the phase on {@code root}, already indexed by a cold run, with the daemon's scratch files in {@code scratch}. */
    static Result measure(Path shaktimanHome, Path root, Path scratch, Duration scanDeadline, long seed) {
        Path stderr = scratch.resolve("shaktimand.err");
        ProcessBuilder builder = new ProcessBuilder(
                        shaktimanHome.resolve("bin/shaktimand").toString(), root.toString())
                .directory(scratch.toFile())
                .redirectError(stderr.toFile());
        ColdIndex.childEnvironment(builder.environment(), scratch, "");
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bench-index-watchdog").daemon(true).factory());
        try (BenchDaemon daemon = BenchDaemon.start("leader", builder, stderr)) {
            watchdog.scheduleWithFixedDelay(
                    () -> daemon.expireIfOverdue(System.nanoTime()), 100, 100, TimeUnit.MILLISECONDS);
            daemon.initialize(CALL);
            Optional<String> notReady = awaitReady(daemon, scanDeadline);
            if (notReady.isPresent()) {
                return new Result(List.of(), notReady);
            }
            Result result;
            try (CorpusIndex db = CorpusIndex.open(root.resolve(".shaktiman/index.db"))) {
                result = edits(root, db, new Random(seed));
            }
            daemon.stop(CALL);
            return result;
        } finally {
            watchdog.shutdownNow();
        }
    }

    /** Polls {@code summary} until {@code index_state} is {@code ready}; returns why not when it never gets there. */
    private static Optional<String> awaitReady(BenchDaemon daemon, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        String state = "";
        while (System.nanoTime() - end < 0) {
            JsonNode summary = daemon.summary(CALL);
            state = summary.path("index_state").asText("");
            if (state.equals("ready")) {
                return Optional.empty();
            }
            if (state.equals("error")) {
                return Optional.of("n/a (the leader's index_state is error: " + summary + ")");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return Optional.of("n/a (the leader's startup scan was not ready within " + deadline.toSeconds()
                + " s; index_state " + state + ")");
    }

    private static Result edits(Path root, CorpusIndex db, Random random) {
        List<CorpusIndex.IndexedPath> files = db.files();
        if (files.isEmpty()) {
            return new Result(List.of(), Optional.of("n/a (nothing indexed)"));
        }
        List<Long> nanos = new ArrayList<>();
        int timeouts = 0;
        for (int edit = 0; edit < EDITS; edit++) {
            CorpusIndex.IndexedPath target = files.get(random.nextInt(files.size()));
            String word = newWord(db, random);
            String term = ANALYZER.indexTerms(word).getFirst();
            long started = System.nanoTime();
            append(root.resolve(target.path()), "\n" + comment(target.language(), word) + "\n");
            long found = awaitSearchable(db, term, started + PER_EDIT.toNanos());
            if (found < 0) {
                timeouts++;
                if (timeouts >= MAX_TIMEOUTS) {
                    return new Result(
                            nanos,
                            Optional.of("n/a (leader did not index the edit: " + timeouts + " of " + (edit + 1)
                                    + " edits not searchable within " + PER_EDIT.toSeconds() + " s)"));
                }
            } else {
                nanos.add(found - started);
            }
        }
        return new Result(
                nanos,
                timeouts == 0
                        ? Optional.empty()
                        : Optional.of(timeouts + " of " + EDITS + " edits not searchable within " + PER_EDIT.toSeconds()
                                + " s"));
    }

    /** A fresh lower-case word the index does not hold yet; it is one analyzer term. */
    private static String newWord(CorpusIndex db, Random random) {
        while (true) {
            StringBuilder word = new StringBuilder("zqbench");
            for (int i = 0; i < 10; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            List<String> terms = ANALYZER.indexTerms(word.toString());
            if (terms.size() == 1 && !db.searchable(terms.getFirst())) {
                return word.toString();
            }
        }
    }

    /** Returns the {@link System#nanoTime} at which {@code term} was found, or -1 past {@code deadline}. */
    private static long awaitSearchable(CorpusIndex db, String term, long deadline) {
        while (true) {
            if (db.searchable(term)) {
                return System.nanoTime();
            }
            if (System.nanoTime() - deadline > 0) {
                return -1;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** A line comment holding {@code word} in the file's language, so that the edit keeps the file parseable. */
    private static String comment(String language, String word) {
        return switch (language) {
            case "python", "ruby", "bash" -> "# " + word;
            case "erb" -> "<%# " + word + " %>";
            case "text" -> word;
            default -> "// " + word;
        };
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
