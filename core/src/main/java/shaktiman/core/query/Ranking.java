package shaktiman.core.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import shaktiman.core.port.TermStatistics;

/** MCP-41's signals and MCP-42's combination, as pure functions. */
final class Ranking {
    /** How many of the best candidates by relevance the structural signal looks at (MCP-41). */
    static final int STRUCTURAL_POOL = 100;

    private Ranking() {}

    /** MCP-41's idf, {@code ln(1 + (N − n + 0.5)/(n + 0.5))}, always positive. */
    static double idf(long documentFrequency, long chunkCount) {
        return Math.log(1 + (chunkCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /**
     * The share of the base terms' idf that {@code matched} holds: Σ idf of the distinct base terms present ÷ Σ idf of
     * all distinct base terms; 0 when there are none.
     */
    static double coverage(Collection<String> matched, Collection<String> baseTerms, TermStatistics statistics) {
        double all = 0;
        double present = 0;
        for (String term : baseTerms.stream().distinct().toList()) {
            double idf = idf(statistics.frequency(term), statistics.chunkCount());
            all += idf;
            if (matched.contains(term)) {
                present += idf;
            }
        }
        return all <= 0 ? 0 : present / all;
    }

    /** MCP-41's lexical signal, {@code coverage × (0.5 + 0.5·b/b_max)}. */
    static double lexical(double coverage, double bm25, double bestBm25) {
        double ratio = bestBm25 <= 0 ? 1 : Math.min(1, bm25 / bestBm25);
        return clamp01(coverage * (0.5 + 0.5 * ratio));
    }

    /** MCP-41's semantic signal, {@code clamp((cos − f)/(1 − f), 0, 1)}. */
    static double semantic(double cosine, double floor) {
        return clamp01((cosine - floor) / (1 - floor));
    }

    /** MCP-41's structural signal, {@code k/(k+1)}. */
    static double structural(int related) {
        return related / (related + 1.0);
    }

    /**
     * MCP-41's change signal for a chunk of a changed file: {@code 2^(−age_h/12)} for a chunk the file's most recent
     * change record added or modified, a quarter of that for its other chunks; the age counts whole minutes.
     */
    static double change(Duration age, boolean chunkChanged) {
        long minutes = Math.max(0, age.toMinutes());
        double decay = Math.pow(2, -(minutes / 60.0) / 12.0);
        return chunkChanged ? decay : 0.25 * decay;
    }

    /**
     * MCP-42's combination: {@code R} over the available relevance signals, {@code B} over the available context
     * signals, {@code score = R × (1 − β + β·B)} with β = 0 when no context signal is available, and MCP-44's
     * contributions, which sum to the score. {@code semantic} is empty when unavailable for this candidate.
     */
    static Explain combine(
            RankingWeights weights,
            OptionalDouble semantic,
            double lexical,
            double structural,
            double change,
            double session) {
        boolean semanticOn = semantic.isPresent() && weights.semantic() > 0;
        boolean lexicalOn = weights.lexical() > 0;
        double relevanceWeight = (semanticOn ? weights.semantic() : 0) + (lexicalOn ? weights.lexical() : 0);
        double contextWeight = weights.structural() + weights.change() + weights.session();
        double beta = contextWeight > 0 ? weights.contextShare() : 0;
        double semanticWeight = semanticOn ? weights.semantic() / relevanceWeight : 0;
        double lexicalWeight = lexicalOn && relevanceWeight > 0 ? weights.lexical() / relevanceWeight : 0;
        double semanticValue = semanticOn ? semantic.getAsDouble() : 0;
        double relevance = semanticWeight * semanticValue + lexicalWeight * lexical;
        double structuralWeight = contextWeight > 0 ? weights.structural() / contextWeight : 0;
        double changeWeight = contextWeight > 0 ? weights.change() / contextWeight : 0;
        double sessionWeight = contextWeight > 0 ? weights.session() / contextWeight : 0;
        double context = structuralWeight * structural + changeWeight * change + sessionWeight * session;
        Signals signals = new Signals(
                semanticOn
                        ? new Signal(true, semanticValue, semanticWeight, semanticWeight * semanticValue * (1 - beta))
                        : Signal.UNAVAILABLE,
                lexicalOn
                        ? new Signal(true, lexical, lexicalWeight, lexicalWeight * lexical * (1 - beta))
                        : Signal.UNAVAILABLE,
                contextSignal(weights.structural() > 0, structural, structuralWeight, relevance, beta),
                contextSignal(weights.change() > 0, change, changeWeight, relevance, beta),
                contextSignal(weights.session() > 0, session, sessionWeight, relevance, beta));
        return new Explain(relevance, context, beta, signals);
    }

    private static Signal contextSignal(boolean on, double value, double weight, double relevance, double beta) {
        return on ? new Signal(true, value, weight, relevance * beta * weight * value) : Signal.UNAVAILABLE;
    }

    /**
     * The breakdown as structured output shows it: every number at 4 decimals, and the contributions rounded by
     * largest remainder so that they sum exactly to the rounded score (MCP-44's ±0.0001 holds with room to spare).
     */
    static Explain rounded(Explain exact) {
        List<Signal> signals = exact.signals().all();
        long target = Scores.units4(exact.score());
        long[] units = new long[signals.size()];
        double[] remainders = new double[signals.size()];
        long floorSum = 0;
        for (int i = 0; i < signals.size(); i++) {
            double scaled = signals.get(i).contribution() * 10_000;
            units[i] = (long) Math.floor(scaled);
            remainders[i] = scaled - units[i];
            floorSum += units[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).available()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        long extra = target - floorSum;
        for (int k = 0; k < extra && k < order.size(); k++) {
            units[order.get(k)]++;
        }
        List<Signal> shown = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            Signal signal = signals.get(i);
            shown.add(
                    signal.available()
                            ? new Signal(
                                    true,
                                    Scores.round4(signal.value()),
                                    Scores.round4(signal.weight()),
                                    units[i] / 10_000.0)
                            : Signal.UNAVAILABLE);
        }
        return new Explain(
                Scores.round4(exact.relevance()),
                Scores.round4(exact.context()),
                Scores.round4(exact.contextShare()),
                new Signals(shown.get(0), shown.get(1), shown.get(2), shown.get(3), shown.get(4)));
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
