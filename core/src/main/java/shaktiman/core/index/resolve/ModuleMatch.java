package shaktiman.core.index.resolve;

import java.util.List;

/**
 * Where an import-qualified name leads inside the project (IX-31): the files of the module it names, and the member
 * segments after the module, such as {@code [hashPassword]} for {@code ../utils/hash/hashPassword}; empty when the
 * name is the module itself.
 */
record ModuleMatch(List<String> paths, List<String> rest) {
    ModuleMatch {
        paths = List.copyOf(paths);
        rest = List.copyOf(rest);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a module match needs at least one file");
        }
    }
}
