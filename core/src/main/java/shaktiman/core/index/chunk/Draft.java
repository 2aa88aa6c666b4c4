package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.model.ChunkKind;

/**
 * A chunk while it is being built, merged and split: mutable, and linked to its children instead of indexed. {@code
 * declaration} identifies the declaration occurrence a piece belongs to, so that the pieces can be given one part group
 * at the end (IX-25).
 */
final class Draft {

    ChunkKind kind;
    String symbolName;
    String qualifiedName;
    String signature;
    int start;
    int end;
    int declaration;
    boolean fileHeader;
    /** The token count of the content; -1 until counted. */
    int tokens = -1;
    /** The lines this draft contributes to its parent summary's member list (IX-22). */
    List<String> memberLines = List.of();

    boolean summary;
    /** Summary only: the last of its header lines. */
    int headerEnd;
    /** Summary only: the first of its trailer lines; {@code end + 1} when it has none. */
    int trailerStart;
    /** Summary only: its child chunks in line order. */
    List<Draft> children = new ArrayList<>();

    private Draft() {}

    /** A top-level gap or text block, or the file header. */
    static Draft plain(ChunkKind kind, int start, int end, int declaration) {
        Draft draft = new Draft();
        draft.kind = kind;
        draft.start = start;
        draft.end = end;
        draft.declaration = declaration;
        return draft;
    }

    /** A piece of the declaration {@code unit} spanning {@code start..end}. */
    static Draft of(ChunkUnit unit, int start, int end, int declaration) {
        Draft draft = plain(unit.kind(), start, end, declaration);
        draft.symbolName = unit.name();
        draft.qualifiedName = unit.qualifiedName();
        draft.signature = unit.signature();
        return draft;
    }

    /** A gap of {@code owner}'s body: kind {@code block} under the owner's names and declaration (IX-25). */
    static Draft gapOf(Draft owner, int start, int end) {
        Draft draft = plain(ChunkKind.BLOCK, start, end, owner.declaration);
        draft.symbolName = owner.symbolName;
        draft.qualifiedName = owner.qualifiedName;
        draft.signature = owner.signature;
        return draft;
    }

    /** A copy of this leaf over {@code start..end} with the given count, names and declaration kept, no member lines. */
    Draft piece(int pieceStart, int pieceEnd, int pieceTokens) {
        Draft draft = plain(kind, pieceStart, pieceEnd, declaration);
        draft.symbolName = symbolName;
        draft.qualifiedName = qualifiedName;
        draft.signature = signature;
        draft.fileHeader = fileHeader;
        draft.tokens = pieceTokens;
        return draft;
    }

    /** Takes kind, names, declaration and header role from {@code other}. */
    void takeIdentityOf(Draft other) {
        kind = other.kind;
        symbolName = other.symbolName;
        qualifiedName = other.qualifiedName;
        signature = other.signature;
        declaration = other.declaration;
        fileHeader = other.fileHeader;
    }

    /** The stored content: verbatim lines, or for a summary its header, member and trailer lines (IX-22). */
    String content(SourceLines lines) {
        return summary ? summaryContent(lines, headerEnd, children) : lines.join(start, end);
    }

    /** The summary content this draft would have with header lines up to {@code upTo} and these children. */
    String summaryContent(SourceLines lines, int upTo, List<Draft> withChildren) {
        StringBuilder content = new StringBuilder(lines.join(start, upTo));
        for (Draft child : withChildren) {
            for (String member : child.memberLines) {
                content.append('\n').append(member);
            }
        }
        if (trailerStart <= end) {
            content.append('\n').append(lines.join(trailerStart, end));
        }
        return content.toString();
    }
}
