package shaktiman.adapters.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.model.SymKind;

/**
 * Answers each distinct {@link #symbolsNamed} question once and repeats the answer: while one file's pending rows are
 * retried (IX-32), the same few names are looked up once per waiting row, and in a cold scan of guava re-reading those
 * candidate rows took two thirds of the whole run. Valid only while no symbol is written, so the writer makes a fresh
 * one for each retry pass; every other question goes to the store each time (supertypes follow the edges the pass
 * itself inserts).
 */
final class MemoizedCandidateLookup implements CandidateLookup {
    private record Question(String name, Set<SymKind> kinds, Set<String> languages) {}

    private final CandidateLookup lookup;
    private final Map<Question, List<Candidate>> answers = new HashMap<>();

    MemoizedCandidateLookup(CandidateLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
        Question question = new Question(name, kinds, languages);
        List<Candidate> answer = answers.get(question);
        if (answer == null) {
            answer = List.copyOf(lookup.symbolsNamed(name, kinds, languages));
            answers.put(question, answer);
        }
        return answer;
    }

    @Override
    public boolean fileExists(String path) {
        return lookup.fileExists(path);
    }

    @Override
    public List<String> filesIn(String directory) {
        return lookup.filesIn(directory);
    }

    @Override
    public Optional<String> fileText(String path) {
        return lookup.fileText(path);
    }

    @Override
    public List<Candidate> supertypes(String path, String containerQualifiedName) {
        return lookup.supertypes(path, containerQualifiedName);
    }
}
