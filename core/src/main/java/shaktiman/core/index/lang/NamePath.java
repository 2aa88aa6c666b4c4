package shaktiman.core.index.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import shaktiman.core.model.syntax.SyntaxNode;

/**
 * A path from a node to other nodes, as written in the language table: alternatives separated by {@code |}, each a
 * {@code .}-separated list of steps. A step {@code f} goes to every child under field {@code f} (a repeated field gives
 * several nodes), {@code f*} follows field {@code f} one or more times to the last node that has no such child (C
 * declarators), and {@code @t} goes to the first named child of type {@code t} (for grammars without fields). The
 * first alternative that reaches a node wins.
 *
 * @param alternatives each a non-empty list of steps
 */
public record NamePath(List<List<Step>> alternatives) {

    public NamePath {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a name path needs at least one step in every alternative");
        }
    }

    /** One step of a path. */
    public sealed interface Step {
        /** The children under {@code name}; with {@code repeat}, followed to the last of a chain. */
        record Field(String name, boolean repeat) implements Step {
            public Field {
                Objects.requireNonNull(name, "name");
            }
        }

        /** The first named child of type {@code type}. */
        record ChildOfType(String type) implements Step {
            public ChildOfType {
                Objects.requireNonNull(type, "type");
            }
        }
    }

    /**
     * Parses the table notation, such as {@code declarator*}, {@code @const_element.@name} or {@code name|alias}.
     *
     * @throws IllegalArgumentException naming the text when a step is empty
     */
    public static NamePath parse(String text) {
        List<List<Step>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|", -1)) {
            List<Step> steps = new ArrayList<>();
            for (String step : alternative.split("\\.", -1)) {
                if (step.isEmpty() || step.equals("@") || step.equals("*")) {
                    throw new IllegalArgumentException("empty step in name path '" + text + "'");
                }
                if (step.startsWith("@")) {
                    steps.add(new Step.ChildOfType(step.substring(1)));
                } else if (step.endsWith("*")) {
                    steps.add(new Step.Field(step.substring(0, step.length() - 1), true));
                } else {
                    steps.add(new Step.Field(step, false));
                }
            }
            alternatives.add(steps);
        }
        return new NamePath(alternatives);
    }

    /** The nodes this path reaches from {@code from}, in source order; empty when no alternative reaches any. */
    public List<SyntaxNode> resolve(SyntaxNode from) {
        for (List<Step> steps : alternatives) {
            List<SyntaxNode> current = List.of(from);
            for (Step step : steps) {
                current = apply(step, current);
            }
            if (!current.isEmpty()) {
                return current;
            }
        }
        return List.of();
    }

    /** Every field name the path uses. */
    public Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        alternatives.forEach(steps -> steps.forEach(step -> {
            if (step instanceof Step.Field field) {
                names.add(field.name());
            }
        }));
        return names;
    }

    /** Every node type the path names. */
    public Set<String> nodeTypes() {
        Set<String> types = new LinkedHashSet<>();
        alternatives.forEach(steps -> steps.forEach(step -> {
            if (step instanceof Step.ChildOfType child) {
                types.add(child.type());
            }
        }));
        return types;
    }

    private static List<SyntaxNode> apply(Step step, List<SyntaxNode> nodes) {
        List<SyntaxNode> next = new ArrayList<>();
        for (SyntaxNode node : nodes) {
            switch (step) {
                case Step.Field(String name, boolean repeat)
                when repeat -> {
                    SyntaxNode at = node.child(name).orElse(null);
                    while (at != null) {
                        SyntaxNode deeper = at.child(name).orElse(null);
                        if (deeper == null) {
                            next.add(at);
                        }
                        at = deeper;
                    }
                }
                case Step.Field(String name, boolean repeat) -> next.addAll(node.children(name));
                case Step.ChildOfType(String type) ->
                    node.namedChildren().stream()
                            .filter(child -> child.type().equals(type))
                            .findFirst()
                            .ifPresent(next::add);
            }
        }
        return next;
    }

    /** The table notation. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (List<Step> steps : alternatives) {
            List<String> written = new ArrayList<>();
            for (Step step : steps) {
                written.add(
                        switch (step) {
                            case Step.Field(String name, boolean repeat) -> repeat ? name + "*" : name;
                            case Step.ChildOfType(String type) -> "@" + type;
                        });
            }
            parts.add(String.join(".", written));
        }
        return String.join("|", parts);
    }
}
