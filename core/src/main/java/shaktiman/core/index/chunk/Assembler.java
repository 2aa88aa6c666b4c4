package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.port.TokenCounter;

/**
 * Turns merged drafts into the final chunk list: splits leaves over the maximum (IX-24), orders the chunks in pre-order,
 * and fills in positions, parents, part groups, hashes and token counts (IX-25).
 */
final class Assembler {

    private final SourceLines lines;
    private final TokenCounter counter;
    private final LineSplitter splitter;
    private final int maxTokens;

    Assembler(SourceLines lines, TokenCounter counter, ChunkLimits limits) {
        this.lines = lines;
        this.counter = counter;
        this.splitter = new LineSplitter(counter, limits.maxTokens());
        this.maxTokens = limits.maxTokens();
    }

    ChunkedFile assemble(List<Draft> topLevel) {
        List<Placed> placed = new ArrayList<>();
        visit(topLevel, -1, placed);
        Map<Integer, Integer> firstPiece = new HashMap<>();
        Map<Integer, Integer> pieces = new HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            int declaration = placed.get(i).draft.declaration;
            firstPiece.putIfAbsent(declaration, i);
            pieces.merge(declaration, 1, Integer::sum);
        }
        List<Chunk> chunks = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            Placed entry = placed.get(i);
            Draft draft = entry.draft;
            int group = pieces.get(draft.declaration) > 1 ? firstPiece.get(draft.declaration) : -1;
            chunks.add(new Chunk(
                    i,
                    draft.kind,
                    draft.summary,
                    draft.symbolName,
                    draft.qualifiedName,
                    draft.signature,
                    draft.start,
                    draft.end,
                    entry.content,
                    ContentHash.of(entry.content),
                    entry.tokens,
                    entry.parent,
                    group));
        }
        return new ChunkedFile(chunks);
    }

    private record Placed(Draft draft, int parent, String content, int tokens) {}

    private void visit(List<Draft> siblings, int parent, List<Placed> out) {
        for (Draft draft : siblings) {
            if (draft.summary) {
                String content = draft.content(lines);
                int tokens = draft.tokens >= 0 ? draft.tokens : counter.count(content);
                int index = out.size();
                out.add(new Placed(draft, parent, content, tokens));
                visit(draft.children, index, out);
            } else if (draft.tokens > maxTokens && draft.end > draft.start) {
                for (LineSplitter.Part part : splitter.split(lines, draft.start, draft.end)) {
                    Draft piece = draft.piece(part.startLine(), part.endLine(), part.tokenCount());
                    out.add(new Placed(piece, parent, part.content(), part.tokenCount()));
                }
            } else {
                String content = draft.content(lines);
                int tokens = draft.tokens >= 0 ? draft.tokens : counter.count(content);
                out.add(new Placed(draft, parent, content, tokens));
            }
        }
    }
}
