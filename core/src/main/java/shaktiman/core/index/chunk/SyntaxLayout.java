package shaktiman.core.index.chunk;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import shaktiman.core.index.chunk.UnitFinder.Found;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.TokenCounter;

/**
 * Lays one file out into drafts, before merging and splitting: the header (IX-21), units with their comment runs (IX-19)
 * and line ownership (IX-20), gap blocks, and the decomposition of units over the maximum (IX-22).
 */
final class SyntaxLayout {

    /** A unit with the lines it owns. */
    private record Placed(Found found, int start, int end) {}

    private final String path;
    private final SyntaxTree tree;
    private final SourceLines lines;
    private final ChunkRules rules;
    private final TokenCounter counter;
    private final ChunkLimits limits;
    private final System.Logger log;
    private final CommentLines comments;
    private final UnitFinder finder;
    private int declarations;

    SyntaxLayout(
            String path,
            SyntaxTree tree,
            SourceLines lines,
            ChunkRules rules,
            TokenCounter counter,
            ChunkLimits limits,
            System.Logger log) {
        this.path = path;
        this.tree = tree;
        this.lines = lines;
        this.rules = rules;
        this.counter = counter;
        this.limits = limits;
        this.log = log;
        this.comments = CommentLines.of(tree.root(), lines, rules);
        this.finder = new UnitFinder(tree, rules);
    }

    List<Draft> layOut() {
        List<Found> topLevel = finder.belowRoot();
        int headerEnd = headerEnd(topLevel);
        List<Draft> drafts = new ArrayList<>();
        int first = lines.firstNonBlank(1, headerEnd);
        if (first > 0) {
            int last = lines.lastNonBlank(1, headerEnd);
            Draft header = Draft.plain(ChunkKind.HEADER, first, last, declarations++);
            header.fileHeader = true;
            header.tokens = count(first, last);
            drafts.add(header);
        }
        List<Placed> placed = place(topLevel, headerEnd, lines.size());
        drafts.addAll(build(placed, headerEnd + 1, lines.size(), 0, null));
        return drafts;
    }

    /**
     * The last line of the header: the leading run of comments, a {@code #!} line and header nodes, less a comment run
     * that sits directly above the first unit (IX-21); 0 when there is no header.
     */
    private int headerEnd(List<Found> topLevel) {
        int end = 0;
        List<Integer> itemEnds = new ArrayList<>();
        if (lines.line(1).startsWith("#!")) {
            end = 1;
            itemEnds.add(end);
        }
        for (SyntaxNode child : tree.root().namedChildren()) {
            int childEnd = endLine(child);
            if (childEnd <= end) {
                continue;
            }
            // A declaration never joins the header, even when its wrapper type also serves header lines (TS exports).
            boolean item = !finder.isOrWrapsUnit(child) && (rules.isComment(child) || rules.isHeader(child, tree));
            if (!item) {
                break;
            }
            end = childEnd;
            itemEnds.add(end);
        }
        if (end == 0 || topLevel.isEmpty()) {
            return end;
        }
        int firstUnit = startLine(topLevel.getFirst().outer());
        int attached = attachStart(firstUnit, 0);
        if (firstUnit <= end || attached > end) {
            return end;
        }
        int kept = 0;
        for (int itemEnd : itemEnds) {
            if (itemEnd < attached) {
                kept = itemEnd;
            }
        }
        return kept;
    }

    /**
     * The first line of a unit that starts on {@code unitStart}, after the lines up to {@code owned} are taken: the
     * line after them if the unit starts on one (IX-20), else the top of the comment run right above it (IX-19).
     */
    private int attachStart(int unitStart, int owned) {
        if (unitStart <= owned) {
            return owned + 1;
        }
        int start = unitStart;
        while (start - 1 > owned && comments.isComment(start - 1)) {
            start--;
        }
        return start;
    }

    /** Gives each unit its lines, in order; a unit left with none merges into its predecessor (IX-20). */
    private List<Placed> place(List<Found> units, int owned, int last) {
        List<Placed> placed = new ArrayList<>();
        for (Found unit : units) {
            int start = attachStart(startLine(unit.outer()), owned);
            int end = Math.min(endLine(unit.outer()), last);
            if (start > end) {
                continue;
            }
            placed.add(new Placed(unit, start, end));
            owned = end;
        }
        return placed;
    }

    /** The drafts of lines {@code from..to}: the placed units, and one gap block for each run of lines between them. */
    private List<Draft> build(List<Placed> placed, int from, int to, int depth, Draft owner) {
        List<Draft> drafts = new ArrayList<>();
        int gapFrom = from;
        for (Placed unit : placed) {
            addGap(drafts, gapFrom, unit.start() - 1, owner);
            drafts.add(unit(unit, depth));
            gapFrom = unit.end() + 1;
        }
        addGap(drafts, gapFrom, to, owner);
        return drafts;
    }

    private void addGap(List<Draft> drafts, int from, int to, Draft owner) {
        int first = lines.firstNonBlank(from, to);
        if (first < 0) {
            return;
        }
        int last = lines.lastNonBlank(from, to);
        Draft gap = owner == null
                ? Draft.plain(ChunkKind.BLOCK, first, last, declarations++)
                : Draft.gapOf(owner, first, last);
        gap.tokens = count(first, last);
        drafts.add(gap);
    }

    /** One unit at chunk level {@code depth}: a chunk if it fits, else decomposed or left for the splitter (IX-22). */
    private Draft unit(Placed placed, int depth) {
        Found found = placed.found();
        Draft draft = Draft.of(found.unit(), placed.start(), placed.end(), declarations++);
        draft.memberLines = List.of(found.unit().summaryLine());
        draft.tokens = count(placed.start(), placed.end());
        if (draft.tokens <= limits.maxTokens()) {
            return draft;
        }
        List<Found> inner = finder.below(found);
        if (inner.isEmpty()) {
            return draft;
        }
        if (depth > SyntaxChunker.MAX_CHUNK_DEPTH) {
            log.log(
                    Level.WARNING,
                    () -> "chunk depth guard: file " + path + ", node type "
                            + found.node().type() + ", depth " + depth + " > " + SyntaxChunker.MAX_CHUNK_DEPTH
                            + "; line-splitting it");
            return draft;
        }
        int headerEnd = summaryHeaderEnd(placed, inner);
        List<Placed> children = place(inner, headerEnd, placed.end());
        if (children.isEmpty()) {
            return draft;
        }
        int lastContent =
                Math.max(lastContentLine(found, inner), children.getLast().end());
        int trailerStart = Math.min(placed.end(), lastContent) + 1;
        draft.summary = true;
        draft.headerEnd = headerEnd;
        draft.trailerStart = trailerStart;
        draft.tokens = -1;
        draft.children = build(children, headerEnd + 1, trailerStart - 1, depth + 1, draft);
        return draft;
    }

    /**
     * The last header line of a decomposed unit: the line before the first line of its body's content, and at least
     * the declaration's first line. The body is the unit's child holding the first inner unit.
     */
    private int summaryHeaderEnd(Placed placed, List<Found> inner) {
        int declaration = Math.max(placed.start(), startLine(placed.found().outer()));
        SyntaxNode firstInner = inner.getFirst().outer();
        SyntaxNode body = childHolding(placed.found().node(), firstInner);
        int firstContent;
        if (body == null || body == firstInner || body.namedChildren().isEmpty()) {
            firstContent = attachStart(startLine(firstInner), declaration);
        } else {
            firstContent = startLine(body.namedChildren().getFirst());
        }
        return Math.min(placed.end(), Math.max(declaration, firstContent - 1));
    }

    /** The last line of the body's content, so that the lines after it are the trailer (IX-22). */
    private int lastContentLine(Found found, List<Found> inner) {
        SyntaxNode lastInner = inner.getLast().outer();
        SyntaxNode body = childHolding(found.node(), lastInner);
        if (body == null || body == lastInner || body.namedChildren().isEmpty()) {
            return endLine(lastInner);
        }
        return endLine(body.namedChildren().getLast());
    }

    private static SyntaxNode childHolding(SyntaxNode parent, SyntaxNode target) {
        for (SyntaxNode child : parent.children()) {
            if (child.startChar() <= target.startChar() && target.endChar() <= child.endChar()) {
                return child;
            }
        }
        return null;
    }

    private int count(int first, int last) {
        return counter.count(lines.join(first, last));
    }

    private int startLine(SyntaxNode node) {
        return Math.min(node.startLine(), lines.size());
    }

    /** The last line a node covers; one that ends at column 0 ends on the line before (its trailing newline). */
    private int endLine(SyntaxNode node) {
        int end = node.endColumn() == 0 && node.endLine() > node.startLine() ? node.endLine() - 1 : node.endLine();
        return Math.max(startLine(node), Math.min(end, lines.size()));
    }
}
