package shaktiman.core.query;

import java.util.List;
import java.util.Optional;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.UnresolvedReference;
import shaktiman.core.text.JsonString;

/** {@code symbols} (MCP-32): every definition of a name, or the places referring to an external name. */
final class SymbolsTool {
    /** How many referrers of an external name are read, to count them for the note. */
    static final int MAX_REFERRERS = 100_000;

    private final IndexReader reader;

    SymbolsTool(IndexReader reader) {
        this.reader = reader;
    }

    SymbolsResult symbols(SymbolsRequest request, Optional<String> notice, Cancellation cancel) {
        ChunkFilter chunks = new ChunkFilter(request.path(), request.scope());
        List<SymbolRecord> found =
                reader.symbolsNamed(request.name(), new SymbolFilter(chunks, request.kind()), request.maxResults() + 1);
        cancel.check("definitions");
        if (!found.isEmpty()) {
            boolean truncated = found.size() > request.maxResults();
            List<Sym> definitions =
                    found.stream().limit(request.maxResults()).map(Sym::of).toList();
            return new SymbolsResult(request.name(), notice, definitions, List.of(), truncated, Optional.empty());
        }
        List<UnresolvedReference> references = reader.unresolvedReferencesTo(request.name(), chunks, MAX_REFERRERS);
        cancel.check("references");
        if (references.isEmpty()) {
            return new SymbolsResult(
                    request.name(),
                    notice,
                    List.of(),
                    List.of(),
                    false,
                    Optional.of("No symbol named " + JsonString.quote(request.name()) + "."));
        }
        List<SymbolReference> referencedBy = references.stream()
                .limit(request.maxResults())
                .map(SymbolsTool::reference)
                .toList();
        return new SymbolsResult(
                request.name(),
                notice,
                List.of(),
                referencedBy,
                references.size() > request.maxResults(),
                Optional.of(externalNote(request.name(), references.size())));
    }

    /** MCP-32's note for a name with referrers but no definition. */
    static String externalNote(String name, int referrers) {
        return JsonString.quote(name) + " is external: no definition in the project; " + referrers
                + (referrers == 1 ? " place refers" : " places refer") + " to it. Use dependencies with direction:"
                + "\"callers\" to see its callers.";
    }

    private static SymbolReference reference(UnresolvedReference reference) {
        SymbolRecord source = reference.source();
        return new SymbolReference(
                source.filePath(),
                reference.line(),
                reference.line(),
                source.qualifiedName(),
                source.kind(),
                reference.kind(),
                reference.targetText());
    }
}
