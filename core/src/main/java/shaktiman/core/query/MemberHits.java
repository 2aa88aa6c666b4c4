package shaktiman.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Member hits: which member symbols of a candidate chunk a query names, so that the chunk's hit is attributed to them.
 *
 * <p>IX-22 keeps a container of at most {@code index.max_chunk_tokens} whole, members included, so the full-text index
 * only ever finds the container's chunk. F6 still wants {@code toString} to give two hits in {@code UserService.java},
 * {@code UserService.toString} and {@code UserService.Cache.toString}, with disjoint lines, and F4 wants {@code create
 * user} to give {@code create_user}, a method of Python's whole {@code UserService} chunk. So a candidate that is one
 * whole, unsplit chunk is replaced by one hit per <em>named member</em>: a symbol the chunk defines (not its own, not
 * the file's) whose bare name yields more of the query's terms (analyzer terms of the name ∩ the query's terms) than
 * the chunk's own symbol name does; the hit goes to the symbols the query names best. A query naming the container
 * ({@code UserService}) therefore keeps the whole chunk, and so does one that names a member no better than the
 * container ({@code user}: {@code getUser} yields {@code user} as {@code UserService} does). Of nested named members
 * only the innermost are kept. Only an unsplit chunk whose content is its lines verbatim (IX-19) qualifies, so that a member's
 * content is the lines of its span; an IX-22 summary, whose content lists its children, keeps its hit.
 *
 * <p>The members stand for their chunk only when their own terms ({@link #terms}), taken together, hold every base query
 * term the chunk matched: the hits that replace a hit must show what matched. Otherwise a query whose words the class's
 * doc comment answers ({@code future whose result I can set}, matched by {@code SettableFuture}'s Javadoc) would be
 * shown one method that merely has a query word in its name ({@code setFuture}), ranked by that method's far smaller
 * coverage, and the class itself would be lost. {@code cache toString} still goes to {@code UserService.toString} and
 * {@code UserService.Cache.toString}: the second shows {@code cache}.
 */
final class MemberHits {
    private final AnalyzedTexts analyzed;

    MemberHits(IdentifierAnalyzer analyzer) {
        this.analyzed = new AnalyzedTexts(analyzer);
    }

    /**
     * The innermost named members of {@code chunk} in {@code symbols} order, empty when the chunk keeps its hit.
     *
     * @param symbols the symbols whose defining chunk is {@code chunk}
     * @param queryTerms the query's analyzer terms, compounds included
     * @param chunkMatches the query's base terms that the chunk holds, each of which some named member must hold too
     */
    List<SymbolRecord> named(
            ChunkRecord chunk, List<SymbolRecord> symbols, Set<String> queryTerms, Set<String> chunkMatches) {
        if (chunk.partGroup() != 0 || symbols.isEmpty()) {
            return List.of();
        }
        int own = namedTerms(chunk.symbolName(), queryTerms).size();
        String[] lines = lines(chunk);
        List<SymbolRecord> named = new ArrayList<>();
        for (SymbolRecord symbol : symbols) {
            if (isMember(chunk, lines.length, symbol)
                    && namedTerms(symbol.name(), queryTerms).size() > own
                    && content(lines, chunk, symbol).contains(symbol.name())) {
                named.add(symbol);
            }
        }
        List<SymbolRecord> innermost =
                named.stream().filter(m -> innermost(m, named)).toList();
        // Members are analysed only until together they show every match: what they show only grows.
        Set<String> shown = new HashSet<>();
        for (SymbolRecord member : innermost) {
            if (shown.containsAll(chunkMatches)) {
                break;
            }
            shown.addAll(terms(chunk, member));
        }
        return shown.containsAll(chunkMatches) ? innermost : List.of();
    }

    /**
     * A member's own indexed terms, as the index holds them for a chunk: its lines (content), its name and qualified
     * name (the symbol field) and its file's path; the container's doc comment is not the member's.
     */
    Set<String> terms(ChunkRecord chunk, SymbolRecord member) {
        Set<String> terms = new HashSet<>(analyzed.indexTerms(content(chunk, member)));
        terms.addAll(analyzed.indexTerms(member.name()));
        terms.addAll(analyzed.indexTerms(member.qualifiedName()));
        terms.addAll(analyzed.indexTerms(chunk.filePath()));
        return terms;
    }

    /** The lines of {@code member}'s span, cut from its chunk's verbatim content. */
    static String content(ChunkRecord chunk, SymbolRecord member) {
        return content(lines(chunk), chunk, member);
    }

    /** The chunk's content cut at line breaks, a last empty line included. */
    private static String[] lines(ChunkRecord chunk) {
        return chunk.content().split("\n", -1);
    }

    private static String content(String[] lines, ChunkRecord chunk, SymbolRecord member) {
        int from = member.startLine() - chunk.startLine();
        int to = member.endLine() - chunk.startLine();
        return String.join("\n", Arrays.asList(lines).subList(from, to + 1));
    }

    /** The kind a member's hit shows: its symbol kind, which every kind but {@code file} has as a chunk kind. */
    static ChunkKind kind(SymbolRecord member) {
        return switch (member.kind()) {
            case FUNCTION -> ChunkKind.FUNCTION;
            case METHOD -> ChunkKind.METHOD;
            case CLASS -> ChunkKind.CLASS;
            case INTERFACE -> ChunkKind.INTERFACE;
            case TYPE -> ChunkKind.TYPE;
            case VARIABLE -> ChunkKind.VARIABLE;
            case CONSTANT -> ChunkKind.CONSTANT;
            case NAMESPACE -> ChunkKind.NAMESPACE;
            case FILE -> throw new AssertionError("a file symbol is never a member hit: " + member.qualifiedName());
        };
    }

    private Set<String> namedTerms(String name, Set<String> queryTerms) {
        Set<String> named = new HashSet<>(analyzed.indexTerms(name));
        named.retainAll(queryTerms);
        return named;
    }

    /**
     * Whether {@code symbol} is a member proper: not the file symbol, not the chunk's own symbol (nor a same-named one
     * an IX-23 merge folded in), and inside the chunk's lines, with the content really holding those lines. A chunk
     * whose stored text is not its lines verbatim (an IX-22 summary, which lists its children) is left whole; the
     * caller also checks that the member's lines hold its name.
     */
    private static boolean isMember(ChunkRecord chunk, long lines, SymbolRecord symbol) {
        if (symbol.kind() == SymKind.FILE) {
            return false;
        }
        return !symbol.qualifiedName().equals(chunk.qualifiedName())
                && symbol.startLine() >= chunk.startLine()
                && symbol.endLine() <= chunk.endLine()
                && symbol.startLine() <= symbol.endLine()
                && lines == chunk.endLine() - chunk.startLine() + 1L;
    }

    /**
     * Whether no other named member lies inside {@code member}: strictly inside, or on the same lines and nested
     * deeper (a one-line class and its one-line method).
     */
    private static boolean innermost(SymbolRecord member, List<SymbolRecord> named) {
        for (SymbolRecord other : named) {
            if (other == member || other.startLine() < member.startLine() || other.endLine() > member.endLine()) {
                continue;
            }
            boolean sameLines = other.startLine() == member.startLine() && other.endLine() == member.endLine();
            if (!sameLines || depth(other) > depth(member)) {
                return false;
            }
        }
        return true;
    }

    private static long depth(SymbolRecord symbol) {
        return symbol.qualifiedName().chars().filter(c -> c == '.').count();
    }
}
