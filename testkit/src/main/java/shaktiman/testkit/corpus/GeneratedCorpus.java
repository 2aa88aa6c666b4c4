package shaktiman.testkit.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A seeded generator of a realistic project tree for indexing tests and benchmarks: small-to-medium source files in all
 * sixteen languages plus some markdown and plain text, spread over nested directories, with functions, classes, imports
 * and calls that cross files. The same {@code (files, seed)} always writes byte-identical files at the same paths.
 *
 * <pre>{@code
 * List<Path> written = GeneratedCorpus.write(root, 3_000, 42L);
 * }</pre>
 */
public final class GeneratedCorpus {

    /** The language ids (IX-12) the corpus covers; every one is present once {@code files >= 18}. */
    public static final List<String> LANGUAGES = List.of(
            "typescript",
            "tsx",
            "javascript",
            "python",
            "go",
            "rust",
            "java",
            "ruby",
            "erb",
            "bash",
            "c",
            "cpp",
            "csharp",
            "kotlin",
            "php",
            "scala");

    private GeneratedCorpus() {}

    /**
     * Writes {@code files} files under {@code root} (created if missing; existing files at the same paths are
     * overwritten) and returns their paths relative to {@code root}, in writing order.
     *
     * @throws UncheckedIOException naming the path when a file cannot be written
     */
    public static List<Path> write(Path root, int files, long seed) {
        Objects.requireNonNull(root, "root");
        if (files < 0) {
            throw new IllegalArgumentException("files must be >= 0, was " + files);
        }
        List<Unit> units = plan(files, seed);
        List<Path> written = new ArrayList<>(units.size());
        for (Unit unit : units) {
            Path relative = Path.of(unit.relativePath());
            Path file = root.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, SourceRenderer.render(unit), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write generated file " + file, e);
            }
            written.add(relative);
        }
        return List.copyOf(written);
    }

    /** Decides every file's kind, place, declarations and calls; all randomness is drawn here, in file order. */
    private static List<Unit> plan(int files, long seed) {
        Random random = new Random(seed);
        List<List<String>> directories = directories(random, Math.max(1, files / 12));
        Map<Kind, List<Unit>> byFamily = new EnumMap<>(Kind.class);
        List<Unit> units = new ArrayList<>(files);
        Kind[] kinds = Kind.values();
        for (int index = 0; index < files; index++) {
            Kind kind = index < kinds.length ? kinds[index] : pickKind(random);
            List<String> directory = directories.get(random.nextInt(directories.size()));
            String noun = Words.NOUNS.get(random.nextInt(Words.NOUNS.size()));
            String role = Words.ROLES.get(random.nextInt(Words.ROLES.size()));
            List<Unit> family = byFamily.computeIfAbsent(kind.family(), key -> new ArrayList<>());
            int functionCount = 2 + random.nextInt(5);
            List<Function> functions = new ArrayList<>(functionCount);
            for (int ordinal = 0; ordinal < functionCount; ordinal++) {
                String verb = Words.VERBS.get(random.nextInt(Words.VERBS.size()));
                String object = Words.NOUNS.get(random.nextInt(Words.NOUNS.size()));
                List<Call> calls = new ArrayList<>();
                int callCount = family.isEmpty() ? 0 : random.nextInt(3);
                for (int c = 0; c < callCount; c++) {
                    Unit target = family.get(random.nextInt(family.size()));
                    calls.add(new Call(target, random.nextInt(target.functions().size())));
                }
                if (ordinal > 0 && random.nextBoolean()) {
                    calls.add(new Call(null, random.nextInt(ordinal)));
                }
                functions.add(new Function(
                        verb, object, index, (char) ('a' + ordinal), 1 + random.nextInt(9), random.nextInt(4), calls));
            }
            Unit unit = new Unit(index, kind, directory, noun, role, functions, random.nextLong());
            units.add(unit);
            if (kind.family() == kind) {
                family.add(unit);
            }
        }
        return units;
    }

    private static Kind pickKind(Random random) {
        // Markdown and text are about one file in seventeen each; the sixteen languages share the rest evenly.
        int draw = random.nextInt(34);
        return switch (draw) {
            case 32 -> Kind.MARKDOWN;
            case 33 -> Kind.TEXT;
            default -> Kind.values()[draw / 2];
        };
    }

    private static List<List<String>> directories(Random random, int count) {
        List<List<String>> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> segments = new ArrayList<>();
            segments.add(Words.TOP.get(random.nextInt(Words.TOP.size())));
            int depth = random.nextInt(3);
            for (int d = 0; d < depth; d++) {
                segments.add(Words.AREAS.get(random.nextInt(Words.AREAS.size())));
            }
            // The numeric suffix keeps directories distinct, so packages and modules do not collide by accident.
            segments.set(segments.size() - 1, segments.getLast() + (i % 7 == 0 ? "" : Integer.toString(i)));
            result.add(List.copyOf(segments));
        }
        return result;
    }

    /** The kinds of generated file; the first sixteen are the languages, in {@link #LANGUAGES} order. */
    enum Kind {
        TYPESCRIPT("ts"),
        TSX("tsx"),
        JAVASCRIPT("js"),
        PYTHON("py"),
        GO("go"),
        RUST("rs"),
        JAVA("java"),
        RUBY("rb"),
        ERB("erb"),
        BASH("sh"),
        C("c"),
        CPP("cpp"),
        CSHARP("cs"),
        KOTLIN("kt"),
        PHP("php"),
        SCALA("scala"),
        MARKDOWN("md"),
        TEXT("txt");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The kind whose files this kind's files call into. */
        Kind family() {
            return switch (this) {
                case TSX -> TYPESCRIPT;
                case ERB -> RUBY;
                case MARKDOWN -> PYTHON;
                case TEXT -> JAVA;
                default -> this;
            };
        }
    }

    /** One function of a file: {@code verb + object + index + letter} names it uniquely across the corpus. */
    record Function(
            String verb, String object, int index, char letter, int factor, int extraStatements, List<Call> calls) {}

    /** A call to function {@code ordinal} of {@code target}, or of the calling file itself when target is null. */
    record Call(Unit target, int ordinal) {}

    /** One generated file. */
    record Unit(
            int index,
            Kind kind,
            List<String> directory,
            String noun,
            String role,
            List<Function> functions,
            long textSeed) {

        String relativePath() {
            return String.join("/", directory) + "/" + fileStem() + "." + kind.extension;
        }

        /** The file name without extension, in the naming custom of the language. */
        String fileStem() {
            return switch (kind) {
                case JAVA, CSHARP, KOTLIN, SCALA, CPP, PHP -> typeName();
                case TYPESCRIPT, JAVASCRIPT -> Words.camel(noun, role) + index;
                case TSX -> Words.pascal(noun, "view") + index;
                case MARKDOWN -> noun + "-" + role + "-" + index;
                default -> noun + "_" + role + "_" + index;
            };
        }

        /** The file's main class, module or object name. */
        String typeName() {
            return Words.pascal(noun, role) + index;
        }

        // Identity is the index: the default record equality would walk every call chain back through the corpus.
        @Override
        public boolean equals(Object other) {
            return other instanceof Unit unit && unit.index == index;
        }

        @Override
        public int hashCode() {
            return Integer.hashCode(index);
        }

        @Override
        public String toString() {
            return relativePath();
        }
    }
}
