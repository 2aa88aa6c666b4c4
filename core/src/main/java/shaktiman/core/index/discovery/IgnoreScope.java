package shaktiman.core.index.discovery;

import java.util.Arrays;

/**
 * The ignore files in force inside one directory, in precedence order: every {@code .shaktimanignore} from the deepest
 * to the root, then every {@code .gitignore} from the deepest to the root, then {@code .git/info/exclude}. Immutable,
 * so a walk and the watcher can share it.
 */
final class IgnoreScope {

    private final PatternList[] shaktimanLists;
    private final PatternList[] gitLists;

    private IgnoreScope(PatternList[] shaktimanLists, PatternList[] gitLists) {
        this.shaktimanLists = shaktimanLists;
        this.gitLists = gitLists;
    }

    /** The root's scope. */
    static IgnoreScope root(PatternList infoExclude, PatternList gitignore, PatternList shaktimanignore) {
        return new IgnoreScope(new PatternList[0], new PatternList[0])
                .child(gitignore, shaktimanignore)
                .withLowest(infoExclude);
    }

    /** The scope of a subdirectory whose own files are {@code gitignore} and {@code shaktimanignore}. */
    IgnoreScope child(PatternList gitignore, PatternList shaktimanignore) {
        return new IgnoreScope(prepend(shaktimanignore, shaktimanLists), prepend(gitignore, gitLists));
    }

    private IgnoreScope withLowest(PatternList list) {
        if (list.isEmpty()) {
            return this;
        }
        PatternList[] lists = Arrays.copyOf(gitLists, gitLists.length + 1);
        lists[gitLists.length] = list;
        return new IgnoreScope(shaktimanLists, lists);
    }

    /**
     * The deciding line for {@code path[0, length)} (relative to the root), or null when no file has a matching line:
     * the first file in precedence order with a match decides, by its last matching line.
     */
    IgnorePattern decide(byte[] path, int length, boolean isDirectory) {
        int basenameStart = 0;
        for (int i = length - 1; i >= 0; i--) {
            if (path[i] == '/') {
                basenameStart = i + 1;
                break;
            }
        }
        IgnorePattern decided = lastMatch(shaktimanLists, path, length, basenameStart, isDirectory);
        return decided != null ? decided : lastMatch(gitLists, path, length, basenameStart, isDirectory);
    }

    private static IgnorePattern lastMatch(
            PatternList[] lists, byte[] path, int length, int basenameStart, boolean isDirectory) {
        for (PatternList list : lists) {
            IgnorePattern match = list.lastMatch(path, length, basenameStart, isDirectory);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static PatternList[] prepend(PatternList list, PatternList[] lists) {
        if (list.isEmpty()) {
            return lists;
        }
        PatternList[] result = new PatternList[lists.length + 1];
        result[0] = list;
        System.arraycopy(lists, 0, result, 1, lists.length);
        return result;
    }
}
