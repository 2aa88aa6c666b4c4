package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random sources in {@link ToyParser}'s language, for the partition property (T-20): headers, comment runs,
 * nested functions, classes, modules and lambdas, blank lines, long lines, units that share a line, CRLF, tabs and
 * non-ASCII text.
 */
final class ToySources {

    private final Random random;
    private final String indentUnit;
    private int names;

    private ToySources(long seed) {
        this.random = new Random(seed);
        this.indentUnit = random.nextInt(8) == 0 ? "\t" : "  ";
    }

    /** The source for {@code seed}; the same seed always gives the same text. */
    static String generate(long seed) {
        return new ToySources(seed).file();
    }

    private String file() {
        List<String> lines = new ArrayList<>();
        if (chance(5)) {
            lines.add("#!/usr/bin/env toy");
        }
        if (chance(2)) {
            comments(lines, "");
            blanks(lines);
        }
        if (chance(2)) {
            lines.add("package demo.p" + random.nextInt(9) + ";");
            for (int i = random.nextInt(4); i > 0; i--) {
                lines.add("import lib.m" + random.nextInt(99) + ";");
            }
            blanks(lines);
        }
        if (chance(6)) {
            lines.add("\"\"\"module docs\"\"\"");
        }
        lines.addAll(items("", 0, 1 + random.nextInt(8), false));
        if (chance(25)) {
            lines.addAll(deepNest("", 9 + random.nextInt(6)));
        }
        String separator = chance(10) ? "\r\n" : "\n";
        return String.join(separator, lines) + (chance(2) ? separator : "");
    }

    private List<String> items(String indent, int depth, int count, boolean inModule) {
        List<List<String>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item(indent, depth, inModule));
        }
        List<String> lines = new ArrayList<>();
        for (List<String> item : items) {
            // Now and then a unit starts on the line where the previous one closed (IX-20).
            if (!lines.isEmpty()
                    && !item.isEmpty()
                    && lines.getLast().strip().endsWith("}")
                    && item.getFirst().strip().startsWith("fn ")
                    && chance(5)) {
                lines.set(
                        lines.size() - 1,
                        lines.getLast() + " " + item.getFirst().strip());
                lines.addAll(item.subList(1, item.size()));
            } else {
                lines.addAll(item);
            }
        }
        return lines;
    }

    private List<String> item(String indent, int depth, boolean inModule) {
        List<String> lines = new ArrayList<>();
        boolean canNest = depth < 14 && random.nextInt(depth + 2) < 2;
        int choice = random.nextInt(13);
        if (!canNest && choice >= 5) {
            choice = random.nextInt(5);
        }
        switch (choice) {
            case 0, 1, 2 -> lines.add(indent + statement());
            case 3 -> comments(lines, indent);
            case 4 -> blanks(lines);
            case 5, 6 -> {
                if (chance(3)) {
                    comments(lines, indent);
                }
                lines.add(indent + (chance(6) ? "export " : "") + "fn " + name("f") + "(" + params() + ") {");
                lines.addAll(items(indent + indentUnit, depth + 1, random.nextInt(7), false));
                lines.add(indent + "}");
            }
            case 7 -> {
                if (chance(2)) {
                    comments(lines, indent);
                }
                if (chance(3)) {
                    lines.add(indent + "class " + name("C"));
                    lines.add(indent + indentUnit + indentUnit + "extends Base" + random.nextInt(5) + " {");
                } else {
                    lines.add(indent + "class " + name("C") + " {");
                }
                lines.addAll(items(indent + indentUnit, depth + 1, random.nextInt(8), false));
                lines.add(indent + "}");
            }
            case 8 -> {
                lines.add(indent + "module " + name("M"));
                lines.addAll(items(indent + indentUnit, depth + 1, random.nextInt(6), true));
                lines.add(indent + "end");
            }
            case 9 -> {
                lines.add(indent + "let " + name("g") + " = fn(" + params() + ") {");
                lines.addAll(items(indent + indentUnit, depth + 1, random.nextInt(5), false));
                lines.add(indent + "};");
            }
            case 10 -> {
                if (chance(2)) {
                    lines.add(indent + "fn " + name("one") + "(x) { " + statement() + " }");
                } else {
                    lines.add(indent + "#if " + name("FLAG"));
                    lines.addAll(items(indent, depth + 1, random.nextInt(4), inModule));
                    lines.add(indent + "#endif");
                }
            }
            case 11 -> {
                lines.add(indent + "fn " + name("h") + "(" + params() + ") {");
                for (int i = random.nextInt(30); i > 0; i--) {
                    lines.add(indent + indentUnit + statement());
                    if (chance(6)) {
                        lines.add("");
                    }
                }
                lines.add(indent + "}");
            }
            default -> {
                lines.add(indent + "fn " + name("w") + "(" + params() + ") {");
                lines.add(indent + indentUnit + "let q = " + "x".repeat(80 + random.nextInt(400)) + ";");
                lines.add(indent + "}");
            }
        }
        return lines;
    }

    /** Modules nested {@code levels} deep around a few functions, to reach the depth guard (IX-18). */
    private List<String> deepNest(String indent, int levels) {
        List<String> lines = new ArrayList<>();
        if (levels == 0) {
            for (int i = 0; i < 3; i++) {
                lines.addAll(item(indent, 14, false));
                lines.add(indent + "fn " + name("d") + "(a) {");
                lines.add(indent + indentUnit + statement());
                lines.add(indent + indentUnit + statement());
                lines.add(indent + "}");
            }
            return lines;
        }
        lines.add(indent + "module " + name("N"));
        lines.addAll(deepNest(indent + indentUnit, levels - 1));
        lines.add(indent + "end");
        return lines;
    }

    private void comments(List<String> lines, String indent) {
        if (chance(4)) {
            lines.add(indent + "/* block comment");
            for (int i = random.nextInt(3); i > 0; i--) {
                lines.add(indent + " * more words here é");
            }
            lines.add(indent + " */");
            return;
        }
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            lines.add(indent + "// comment " + random.nextInt(1000) + (chance(8) ? " 😀" : ""));
        }
    }

    private void blanks(List<String> lines) {
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            lines.add(chance(4) ? indentUnit : "");
        }
    }

    private String statement() {
        StringBuilder statement = new StringBuilder("call" + random.nextInt(100) + "(");
        for (int i = random.nextInt(chance(15) ? 60 : 8); i > 0; i--) {
            statement.append("arg").append(random.nextInt(1000)).append(", ");
        }
        return statement.append(");").toString();
    }

    private String params() {
        return chance(2) ? "" : "a, b" + random.nextInt(9);
    }

    private String name(String prefix) {
        return prefix + names++;
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }
}
