package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.port.TokenCounter;

/**
 * Merges chunks under the minimum into an adjacent sibling (IX-23). Siblings share a parent, so no merge crosses one;
 * a summary never merges, and the file header only ever absorbs.
 */
final class Merger {

    private final SourceLines lines;
    private final TokenCounter counter;
    private final ChunkLimits limits;

    Merger(SourceLines lines, TokenCounter counter, ChunkLimits limits) {
        this.lines = lines;
        this.counter = counter;
        this.limits = limits;
    }

    /** Merges in {@code siblings} (the top level) and, recursively, in every summary's children. */
    void mergeAll(List<Draft> siblings) {
        mergeAll(siblings, null);
    }

    private void mergeAll(List<Draft> siblings, Draft parent) {
        merge(siblings, parent);
        for (Draft draft : siblings) {
            if (draft.summary) {
                mergeAll(draft.children, draft);
            }
        }
    }

    private void merge(List<Draft> siblings, Draft parent) {
        int i = 0;
        while (i < siblings.size()) {
            if (!isTiny(siblings.get(i))) {
                i++;
                continue;
            }
            if (i > 0 && tryMerge(siblings, i - 1)) {
                continue;
            }
            if (i == 0 && parent != null && tryAbsorbIntoHeaderLines(parent)) {
                continue;
            }
            while (i + 1 < siblings.size() && isTiny(siblings.get(i)) && tryMerge(siblings, i)) {
                // The merged chunk may still be tiny; keep taking the following sibling.
            }
            i++;
        }
    }

    private boolean isTiny(Draft draft) {
        return !draft.summary && !draft.fileHeader && draft.tokens < limits.minTokens();
    }

    private boolean isMergeable(Draft draft) {
        return !draft.summary && draft.tokens <= limits.maxTokens();
    }

    /** Merges {@code siblings[at + 1]} into {@code siblings[at]} when both may merge and the result fits. */
    private boolean tryMerge(List<Draft> siblings, int at) {
        Draft first = siblings.get(at);
        Draft second = siblings.get(at + 1);
        if (!isMergeable(first) || !isMergeable(second) || second.fileHeader) {
            return false;
        }
        int merged = counter.count(lines.join(first.start, second.end));
        if (merged > limits.maxTokens()) {
            return false;
        }
        // Kind and names come from the member with the most tokens, the first on a tie; the header stays the header.
        Draft identity = first.fileHeader || first.tokens >= second.tokens ? first : second;
        List<String> members = new ArrayList<>(first.memberLines);
        members.addAll(second.memberLines);
        first.takeIdentityOf(identity);
        first.end = second.end;
        first.tokens = merged;
        first.memberLines = List.copyOf(members);
        siblings.remove(at + 1);
        return true;
    }

    /** Makes a tiny first child part of its summary's header lines, when the summary then fits. */
    private boolean tryAbsorbIntoHeaderLines(Draft summary) {
        Draft first = summary.children.getFirst();
        List<Draft> rest = summary.children.subList(1, summary.children.size());
        String content = summary.summaryContent(lines, first.end, rest);
        int count = counter.count(content);
        if (count > limits.maxTokens()) {
            return false;
        }
        summary.headerEnd = first.end;
        summary.tokens = count;
        summary.children.removeFirst();
        return true;
    }
}
