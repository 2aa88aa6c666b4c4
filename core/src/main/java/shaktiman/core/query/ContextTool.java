package shaktiman.core.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.TokenCounter;

/** {@code context} (MCP-28…31): ranked candidates packed into a token budget, then depth-1 graph expansion. */
final class ContextTool {
    /** MCP-30's candidate count. */
    static final int CANDIDATES = 200;

    private static final double PRIMARY_SHARE = 0.75;

    private final CandidateRanker ranker;
    private final NeighbourExpansion expansion;
    private final TokenCounter counter;
    private final double minScore;

    ContextTool(CandidateRanker ranker, NeighbourExpansion expansion, TokenCounter tokens, double minScore) {
        this.ranker = ranker;
        this.expansion = expansion;
        this.counter = tokens;
        this.minScore = minScore;
    }

    /**
     * MCP-1's counter, remembering its counts for one call: packing counts a block when it tries it, again when a
     * block it left for the second pass is tried there, and again for the result; the count is a pure function of the
     * text.
     */
    private static final class CallCounts implements TokenCounter {
        private final TokenCounter tokens;
        private final Map<String, Integer> counts = new HashMap<>();

        CallCounts(TokenCounter tokens) {
            this.tokens = tokens;
        }

        @Override
        public int count(String text) {
            Integer known = counts.get(text);
            if (known == null) {
                known = tokens.count(text);
                counts.put(text, known);
            }
            return known;
        }
    }

    TextAnswer<ContextResult> context(
            ContextRequest request, Optional<String> notice, SessionHistory session, Instant now, Cancellation cancel) {
        TokenCounter tokens = new CallCounts(counter);
        ChunkFilter filter = new ChunkFilter(request.path(), request.scope());
        CandidateRanker.Ranked ranked =
                ranker.rank(request.query(), filter, CANDIDATES, minScore, session, now, cancel);
        if (ranked.units().isEmpty()) {
            Optional<String> reason = ranked.terms().isEmpty() ? Optional.of(SearchTool.NO_TERMS) : notice;
            String text = noResults(request.query(), reason, ranked.warning(), notice, request.budgetTokens(), tokens);
            session.record(List.of());
            return new TextAnswer<>(
                    new ContextResult(
                            request.query(),
                            ranked.strategy(),
                            notice,
                            ranked.warning(),
                            request.budgetTokens(),
                            tokens.count(text),
                            List.of()),
                    text);
        }
        int budget = request.budgetTokens();
        String reserve = ContextText.render(List.of(), budget, budget, ranked.strategy(), ranked.warning(), notice)
                .replace("[context] 0 chunks", "[context] 999 chunks");
        int available = Math.max(0, budget - tokens.count(reserve));
        List<ContextText.Block> chosen = new ArrayList<>();
        int[] used = {0};
        List<Piece> unchosen = new ArrayList<>();
        int primary = (int) Math.floor(available * PRIMARY_SHARE);
        for (Unit unit : ranked.units()) {
            cancel.candidate();
            Piece piece = Piece.of(unit);
            if (overlapsChosen(piece, chosen)) {
                continue;
            }
            if (!chosen.isEmpty() && piece.surelyOver(primary - used[0])) {
                unchosen.add(piece);
                continue;
            }
            int cost = tokens.count(ContextText.blockText(piece, piece.content()));
            if (used[0] + cost <= primary) {
                take(chosen, used, new ContextText.Block(piece, piece.content(), false), cost);
            } else if (chosen.isEmpty()) {
                Optional<String> cut = Truncation.fit(piece, primary, tokens);
                if (cut.isPresent()) {
                    take(chosen, used, new ContextText.Block(piece, cut.get(), true), count(piece, cut.get(), tokens));
                } else {
                    unchosen.add(piece);
                }
            } else {
                unchosen.add(piece);
            }
        }
        cancel.check("primary pass");
        List<Piece> pool = new ArrayList<>(unchosen);
        pool.addAll(expansion.neighbours(
                chosen.stream().map(ContextText.Block::piece).toList(), filter, cancel));
        pool.sort(Comparator.comparingDouble((Piece p) -> -p.score())
                .thenComparing(Piece::path, Ordering.CODE_POINTS)
                .thenComparingInt(Piece::startLine)
                .thenComparing(p -> p.via().orElse("")));
        for (Piece piece : pool) {
            cancel.candidate();
            if (overlapsChosen(piece, chosen) || piece.surelyOver(available - used[0])) {
                continue;
            }
            int cost = tokens.count(ContextText.blockText(piece, piece.content()));
            if (used[0] + cost <= available) {
                take(chosen, used, new ContextText.Block(piece, piece.content(), false), cost);
            }
        }
        cancel.check("expansion");
        return fitted(request, ranked, notice, chosen, session, tokens);
    }

    /** Step 4: renders and counts exactly, truncating or dropping the last block while BPE joins overshoot. */
    private TextAnswer<ContextResult> fitted(
            ContextRequest request,
            CandidateRanker.Ranked ranked,
            Optional<String> notice,
            List<ContextText.Block> chosen,
            SessionHistory session,
            TokenCounter tokens) {
        int budget = request.budgetTokens();
        List<ContextText.Block> blocks = new ArrayList<>(chosen);
        while (true) {
            int used = settle(blocks, budget, ranked, notice, tokens);
            String text = ContextText.render(blocks, used, budget, ranked.strategy(), ranked.warning(), notice);
            int exact = tokens.count(text);
            if (exact <= budget || blocks.isEmpty()) {
                List<ContextChunk> chunks =
                        blocks.stream().map(block -> chunk(block, tokens)).toList();
                session.record(blocks.stream().map(block -> block.piece().key()).toList());
                return new TextAnswer<>(
                        new ContextResult(
                                request.query(), ranked.strategy(), notice, ranked.warning(), budget, used, chunks),
                        text);
            }
            ContextText.Block last = blocks.removeLast();
            int target = count(last.piece(), last.content(), tokens) - (exact - budget) - 2;
            Optional<String> cut = target > 0 ? Truncation.fit(last.piece(), target, tokens) : Optional.empty();
            if (cut.isPresent() && !cut.get().equals(last.content())) {
                blocks.add(new ContextText.Block(last.piece(), cut.get(), true));
            }
        }
    }

    /** The {@code used} figure the header shows: the text's count, re-counted until the header's digits settle. */
    private static int settle(
            List<ContextText.Block> blocks,
            int budget,
            CandidateRanker.Ranked ranked,
            Optional<String> notice,
            TokenCounter tokens) {
        int used = budget;
        for (int round = 0; round < 3; round++) {
            int counted =
                    tokens.count(ContextText.render(blocks, used, budget, ranked.strategy(), ranked.warning(), notice));
            if (counted == used) {
                break;
            }
            used = counted;
        }
        return used;
    }

    private static ContextChunk chunk(ContextText.Block block, TokenCounter tokens) {
        Piece piece = block.piece();
        return new ContextChunk(
                piece.path(),
                piece.startLine(),
                piece.endLine(),
                piece.symbol(),
                piece.qualifiedName(),
                piece.kind(),
                piece.score(),
                count(piece, block.content(), tokens),
                block.truncated(),
                piece.via(),
                block.content());
    }

    private static int count(Piece piece, String content, TokenCounter tokens) {
        return tokens.count(ContextText.blockText(piece, content));
    }

    private static void take(List<ContextText.Block> chosen, int[] used, ContextText.Block block, int cost) {
        chosen.add(block);
        used[0] += cost;
    }

    /**
     * MCP-31's no-match text within the budget (MCP-29 holds for every answer): a query too long to echo whole is cut
     * to the longest prefix, in code points, that fits, and marked with {@code …}.
     */
    private static String noResults(
            String query,
            Optional<String> reason,
            Optional<String> warning,
            Optional<String> notice,
            int budget,
            TokenCounter tokens) {
        String text = SearchText.noResults(query, reason, warning, notice);
        if (tokens.count(text) <= budget) {
            return text;
        }
        // Invariant: a prefix of `fits` code points fits (0 is taken as fitting: nothing shorter can be said).
        int fits = 0;
        int over = query.codePointCount(0, query.length());
        while (over - fits > 1) {
            int middle = (fits + over) >>> 1;
            if (tokens.count(SearchText.noResults(cut(query, middle), reason, warning, notice)) <= budget) {
                fits = middle;
            } else {
                over = middle;
            }
        }
        return SearchText.noResults(cut(query, fits), reason, warning, notice);
    }

    private static String cut(String query, int codePoints) {
        return query.substring(0, query.offsetByCodePoints(0, codePoints)) + "…";
    }

    private static boolean overlapsChosen(Piece piece, List<ContextText.Block> chosen) {
        for (ContextText.Block block : chosen) {
            if (block.piece().overlaps(piece) || block.piece().sharesChunkLines(piece)) {
                return true;
            }
        }
        return false;
    }
}
