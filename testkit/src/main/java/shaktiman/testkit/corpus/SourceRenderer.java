package shaktiman.testkit.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.SequencedSet;
import shaktiman.testkit.corpus.GeneratedCorpus.Call;
import shaktiman.testkit.corpus.GeneratedCorpus.Function;
import shaktiman.testkit.corpus.GeneratedCorpus.Unit;

/** Renders a planned {@link Unit} as source text in its language; pure, so the same unit gives the same text. */
final class SourceRenderer {
    private SourceRenderer() {}

    static String render(Unit unit) {
        return switch (unit.kind()) {
            case TYPESCRIPT -> typescript(unit, false);
            case TSX -> typescript(unit, true);
            case JAVASCRIPT -> javascript(unit);
            case PYTHON -> python(unit);
            case GO -> go(unit);
            case RUST -> rust(unit);
            case JAVA -> java(unit);
            case RUBY -> ruby(unit);
            case ERB -> erb(unit);
            case BASH -> bash(unit);
            case C -> c(unit);
            case CPP -> cpp(unit);
            case CSHARP -> csharp(unit);
            case KOTLIN -> kotlin(unit);
            case PHP -> php(unit);
            case SCALA -> scala(unit);
            case MARKDOWN -> markdown(unit);
            case TEXT -> text(unit);
        };
    }

    // ---- names ----

    private static String camelName(Function f) {
        return f.verb() + Words.pascal(f.object()) + f.index() + f.letter();
    }

    private static String snakeName(Function f) {
        return f.verb() + "_" + f.object() + "_" + f.index() + f.letter();
    }

    private static String pascalName(Function f) {
        return Words.pascal(f.verb(), f.object()) + f.index() + f.letter();
    }

    private static Unit owner(Unit self, Call call) {
        return call.target() == null ? self : call.target();
    }

    private static Function callee(Unit self, Call call) {
        return owner(self, call).functions().get(call.ordinal());
    }

    private static SequencedSet<Unit> imported(Unit self) {
        SequencedSet<Unit> targets = new LinkedHashSet<>();
        for (Function f : self.functions()) {
            for (Call call : f.calls()) {
                if (call.target() != null && call.target() != self) {
                    targets.add(call.target());
                }
            }
        }
        return targets;
    }

    private static String relative(Unit from, Unit to, boolean withExtension) {
        List<String> fromDir = from.directory();
        List<String> toDir = to.directory();
        int common = 0;
        while (common < fromDir.size()
                && common < toDir.size()
                && fromDir.get(common).equals(toDir.get(common))) {
            common++;
        }
        StringBuilder out = new StringBuilder(common == fromDir.size() ? "./" : "");
        out.append("../".repeat(fromDir.size() - common));
        for (String segment : toDir.subList(common, toDir.size())) {
            out.append(segment).append('/');
        }
        out.append(to.fileStem());
        if (withExtension) {
            out.append('.').append(to.kind().extension);
        }
        return out.toString();
    }

    private static String dotted(Unit unit) {
        return String.join(".", unit.directory());
    }

    private static String lastSegment(Unit unit) {
        return unit.directory().getLast();
    }

    private static String doc(Function f) {
        return Words.pascal(f.verb()) + "s the " + f.object() + " and folds in its collaborators.";
    }

    // ---- bodies: x = a * factor; extra if/loop statements; x += callee(x) per call; return x ----

    /** The per-language pieces of a function body. */
    private record Syntax(
            String declare, String ifGreater, String loop, String addCall, String returns, String endBlock) {}

    private static List<String> body(Function f, Syntax syntax, String indent, List<String> callExpressions) {
        List<String> lines = new ArrayList<>();
        lines.add(indent + syntax.declare().formatted(f.factor()));
        for (int s = 0; s < f.extraStatements(); s++) {
            int bound = 10 * (s + 1) + f.factor();
            String head = (s % 2 == 0 ? syntax.ifGreater() : syntax.loop()).formatted(bound);
            for (String line : head.split("\n")) {
                lines.add(indent + line);
            }
            if (!syntax.endBlock().isEmpty()) {
                lines.add(indent + syntax.endBlock());
            }
        }
        for (String expression : callExpressions) {
            lines.add(indent + syntax.addCall().formatted(expression));
        }
        lines.add(indent + syntax.returns());
        return lines;
    }

    private static final Syntax C_LIKE = new Syntax(
            "int x = a * %d;",
            "if (x > %1$d) {\n    x = x - %1$d;",
            "for (int i = 0; i < %d; i++) {\n    x += i;",
            "x = x + %s;",
            "return x;",
            "}");

    private static final Syntax JS = new Syntax(
            "let x = a * %d;",
            "if (x > %1$d) {\n    x = x - %1$d;",
            "for (let i = 0; i < %d; i++) {\n    x += i;",
            "x = x + %s;",
            "return x;",
            "}");

    private static String lines(List<String> lines) {
        return String.join("\n", lines);
    }

    private static List<String> calls(Unit self, Function f, java.util.function.Function<Call, String> expression) {
        List<String> out = new ArrayList<>();
        for (Call call : f.calls()) {
            out.add(expression.apply(call));
        }
        return out;
    }

    // ---- languages ----

    private static String typescript(Unit unit, boolean tsx) {
        StringBuilder out = new StringBuilder();
        for (Unit target : imported(unit)) {
            out.append("import { ")
                    .append(String.join(", ", importedNames(unit, target, SourceRenderer::camelName)))
                    .append(" } from \"")
                    .append(relative(unit, target, false))
                    .append("\";\n");
        }
        out.append('\n');
        out.append("export interface ").append(unit.typeName()).append("Options {\n");
        out.append("  limit: number;\n  label?: string;\n}\n\n");
        for (Function f : unit.functions()) {
            out.append("/** ").append(doc(f)).append(" */\n");
            out.append("export function ").append(camelName(f)).append("(a: number): number {\n");
            out.append(lines(body(f, JS, "  ", calls(unit, f, call -> camelName(callee(unit, call)) + "(x)"))));
            out.append("\n}\n\n");
        }
        if (tsx) {
            Function first = unit.functions().getFirst();
            out.append("export function ")
                    .append(unit.typeName())
                    .append("(props: { value: number; title: string }) {\n");
            out.append("  const total = ").append(camelName(first)).append("(props.value);\n");
            out.append("  return (\n    <section className=\"")
                    .append(unit.noun())
                    .append("\">\n");
            out.append("      <h2>{props.title}</h2>\n      <p>{total}</p>\n    </section>\n  );\n}\n");
        } else {
            out.append("export class ").append(unit.typeName()).append(" {\n");
            out.append("  private count = 0;\n\n");
            out.append("  constructor(private readonly options: ")
                    .append(unit.typeName())
                    .append("Options) {}\n\n");
            out.append("  run(a: number): number {\n    this.count += 1;\n    return ")
                    .append(camelName(unit.functions().getLast()))
                    .append("(a) + this.options.limit;\n  }\n}\n");
        }
        return out.toString();
    }

    private static List<String> importedNames(
            Unit unit, Unit target, java.util.function.Function<Function, String> name) {
        SequencedSet<String> names = new LinkedHashSet<>();
        for (Function f : unit.functions()) {
            for (Call call : f.calls()) {
                if (call.target() == target) {
                    names.add(name.apply(target.functions().get(call.ordinal())));
                }
            }
        }
        return List.copyOf(names);
    }

    private static String javascript(Unit unit) {
        StringBuilder out = new StringBuilder("\"use strict\";\n\n");
        for (Unit target : imported(unit)) {
            out.append("const { ")
                    .append(String.join(", ", importedNames(unit, target, SourceRenderer::camelName)))
                    .append(" } = require(\"")
                    .append(relative(unit, target, false))
                    .append("\");\n");
        }
        out.append('\n');
        for (Function f : unit.functions()) {
            out.append("/** ").append(doc(f)).append(" */\n");
            out.append("function ").append(camelName(f)).append("(a) {\n");
            out.append(lines(body(f, JS, "  ", calls(unit, f, call -> camelName(callee(unit, call)) + "(x)"))));
            out.append("\n}\n\n");
        }
        out.append("class ").append(unit.typeName()).append(" {\n  constructor(limit) {\n    this.limit = limit;\n");
        out.append("  }\n\n  run(a) {\n    return ")
                .append(camelName(unit.functions().getFirst()))
                .append("(a) + this.limit;\n  }\n}\n\n");
        out.append("module.exports = { ").append(unit.typeName());
        for (Function f : unit.functions()) {
            out.append(", ").append(camelName(f));
        }
        out.append(" };\n");
        return out.toString();
    }

    private static final Syntax PYTHON = new Syntax(
            "x = a * %d",
            "if x > %1$d:\n    x = x - %1$d", "for i in range(%d):\n    x += i", "x = x + %s", "return x", "");

    private static String python(Unit unit) {
        StringBuilder out = new StringBuilder("\"\"\"")
                .append(Words.pascal(unit.noun()))
                .append(" ")
                .append(unit.role())
                .append(".\"\"\"\n\n");
        for (Unit target : imported(unit)) {
            out.append("from ")
                    .append(dotted(target))
                    .append('.')
                    .append(target.fileStem())
                    .append(" import ")
                    .append(String.join(", ", importedNames(unit, target, SourceRenderer::snakeName)))
                    .append('\n');
        }
        out.append("\n\n");
        for (Function f : unit.functions()) {
            out.append("def ").append(snakeName(f)).append("(a: int) -> int:\n");
            out.append("    \"\"\"").append(doc(f)).append("\"\"\"\n");
            out.append(lines(body(f, PYTHON, "    ", calls(unit, f, call -> snakeName(callee(unit, call)) + "(x)"))));
            out.append("\n\n\n");
        }
        out.append("class ").append(unit.typeName()).append(":\n");
        out.append("    def __init__(self, limit: int) -> None:\n        self.limit = limit\n\n");
        out.append("    def run(self, a: int) -> int:\n        return ")
                .append(snakeName(unit.functions().getFirst()))
                .append("(a) + self.limit\n");
        return out.toString();
    }

    private static final Syntax GO = new Syntax(
            "x := a * %d",
            "if x > %1$d {\n\tx = x - %1$d", "for i := 0; i < %d; i++ {\n\tx += i", "x = x + %s", "return x", "}");

    private static String go(Unit unit) {
        StringBuilder out = new StringBuilder("// Package ")
                .append(goPackage(unit))
                .append(" holds the ")
                .append(unit.noun())
                .append(" ")
                .append(unit.role())
                .append(".\npackage ")
                .append(goPackage(unit))
                .append("\n\n");
        // A Go import names a package, that is a directory, so two callees in one directory share one import.
        List<List<String>> targets = new ArrayList<>();
        for (Unit target : imported(unit)) {
            if (!target.directory().equals(unit.directory()) && !targets.contains(target.directory())) {
                targets.add(target.directory());
            }
        }
        if (!targets.isEmpty()) {
            out.append("import (\n");
            for (int i = 0; i < targets.size(); i++) {
                out.append("\tp")
                        .append(i)
                        .append(" \"corpus.example/m/")
                        .append(String.join("/", targets.get(i)))
                        .append("\"\n");
            }
            out.append(")\n\n");
        }
        out.append("// ").append(unit.typeName()).append(" counts the runs.\n");
        out.append("type ").append(unit.typeName()).append(" struct {\n\tLimit int\n\tcount int\n}\n\n");
        for (Function f : unit.functions()) {
            out.append("// ").append(pascalName(f)).append(' ').append(doc(f)).append('\n');
            out.append("func ").append(pascalName(f)).append("(a int) int {\n");
            out.append(lines(body(f, GO, "\t", calls(unit, f, call -> {
                Unit owner = owner(unit, call);
                String qualifier = owner.directory().equals(unit.directory())
                        ? ""
                        : "p" + targets.indexOf(owner.directory()) + ".";
                return qualifier + pascalName(callee(unit, call)) + "(x)";
            }))));
            out.append("\n}\n\n");
        }
        out.append("// Run applies the first step.\n");
        out.append("func (t *").append(unit.typeName()).append(") Run(a int) int {\n\tt.count++\n\treturn ");
        out.append(pascalName(unit.functions().getFirst())).append("(a) + t.Limit\n}\n");
        return out.toString();
    }

    private static String goPackage(Unit unit) {
        return lastSegment(unit).replaceAll("[^a-z0-9]", "");
    }

    private static final Syntax RUST = new Syntax(
            "let mut x = a * %d;",
            "if x > %1$d {\n    x -= %1$d;", "for i in 0..%d {\n    x += i;", "x += %s;", "x", "}");

    private static String rust(Unit unit) {
        StringBuilder out = new StringBuilder("//! The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(".\n\n");
        for (Unit target : imported(unit)) {
            out.append("use crate::")
                    .append(String.join("::", target.directory()))
                    .append("::")
                    .append(target.fileStem())
                    .append("::{")
                    .append(String.join(", ", importedNames(unit, target, SourceRenderer::snakeName)))
                    .append("};\n");
        }
        out.append('\n');
        out.append("pub struct ").append(unit.typeName()).append(" {\n    pub limit: i64,\n}\n\n");
        for (Function f : unit.functions()) {
            out.append("/// ").append(doc(f)).append('\n');
            out.append("pub fn ").append(snakeName(f)).append("(a: i64) -> i64 {\n");
            out.append(lines(body(f, RUST, "    ", calls(unit, f, call -> snakeName(callee(unit, call)) + "(x)"))));
            out.append("\n}\n\n");
        }
        out.append("impl ").append(unit.typeName()).append(" {\n    pub fn run(&self, a: i64) -> i64 {\n        ");
        out.append(snakeName(unit.functions().getFirst())).append("(a) + self.limit\n    }\n}\n");
        return out.toString();
    }

    private static String java(Unit unit) {
        StringBuilder out = new StringBuilder("package ").append(dotted(unit)).append(";\n\n");
        for (Unit target : imported(unit)) {
            out.append("import ")
                    .append(dotted(target))
                    .append('.')
                    .append(target.typeName())
                    .append(";\n");
        }
        out.append("\n/** The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(". */\n");
        out.append("public final class ").append(unit.typeName()).append(" {\n");
        out.append("    private final int limit;\n\n    public ")
                .append(unit.typeName())
                .append("(int limit) {\n        this.limit = limit;\n    }\n\n");
        for (Function f : unit.functions()) {
            out.append("    /** ").append(doc(f)).append(" */\n");
            out.append("    public static int ").append(camelName(f)).append("(int a) {\n");
            out.append(lines(body(f, C_LIKE, "        ", calls(unit, f, call -> qualified(unit, call) + "(x)"))));
            out.append("\n    }\n\n");
        }
        out.append("    public int run(int a) {\n        return ")
                .append(camelName(unit.functions().getFirst()))
                .append("(a) + limit;\n    }\n}\n");
        return out.toString();
    }

    private static String qualified(Unit unit, Call call) {
        Unit owner = owner(unit, call);
        String name = camelName(callee(unit, call));
        return owner == unit ? name : owner.typeName() + "." + name;
    }

    private static final Syntax RUBY =
            new Syntax("x = a * %d", "if x > %1$d\n  x -= %1$d", "%d.times do |i|\n  x += i", "x += %s", "x", "end");

    private static String ruby(Unit unit) {
        StringBuilder out = new StringBuilder("# frozen_string_literal: true\n\n");
        for (Unit target : imported(unit)) {
            out.append("require_relative \"")
                    .append(relative(unit, target, false))
                    .append("\"\n");
        }
        out.append("\n# The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(".\n");
        out.append("module ").append(unit.typeName()).append('\n');
        for (Function f : unit.functions()) {
            out.append("  # ").append(doc(f)).append('\n');
            out.append("  def self.").append(snakeName(f)).append("(a)\n");
            out.append(lines(body(f, RUBY, "    ", calls(unit, f, call -> {
                Unit owner = owner(unit, call);
                return (owner == unit ? "" : owner.typeName() + ".") + snakeName(callee(unit, call)) + "(x)";
            }))));
            out.append("\n  end\n\n");
        }
        out.append("  class Runner\n    def initialize(limit)\n      @limit = limit\n    end\n\n");
        out.append("    def run(a)\n      ")
                .append(unit.typeName())
                .append('.')
                .append(snakeName(unit.functions().getFirst()))
                .append("(a) + @limit\n    end\n  end\nend\n");
        return out.toString();
    }

    private static String erb(Unit unit) {
        StringBuilder out = new StringBuilder("<h1>")
                .append(Words.pascal(unit.noun(), unit.role()))
                .append("</h1>\n");
        out.append("<ul>\n<% items.each do |item| %>\n  <li>\n");
        for (Function f : unit.functions()) {
            for (Call call : f.calls()) {
                if (call.target() != null) {
                    out.append("    <%= ")
                            .append(call.target().typeName())
                            .append('.')
                            .append(snakeName(callee(unit, call)))
                            .append("(item.")
                            .append(f.object())
                            .append(") %>\n");
                }
            }
            out.append("    <span class=\"")
                    .append(f.verb())
                    .append("\"><%= item.")
                    .append(f.object());
            out.append(" %></span>\n");
        }
        out.append("  </li>\n<% end %>\n</ul>\n");
        return out.toString();
    }

    private static final Syntax BASH = new Syntax(
            "local x=$(( $1 * %d ))",
            "if (( x > %1$d )); then\n  x=$(( x - %1$d ))",
            "for (( i = 0; i < %d; i++ )); do\n  x=$(( x + i ))",
            "x=$(( x + $(%s) ))",
            "echo \"$x\"",
            "");

    private static String bash(Unit unit) {
        StringBuilder out = new StringBuilder("#!/usr/bin/env bash\n# The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(".\nset -euo pipefail\n\n");
        for (Unit target : imported(unit)) {
            out.append("source \"$(dirname \"${BASH_SOURCE[0]}\")/")
                    .append(relative(unit, target, true))
                    .append("\"\n");
        }
        out.append('\n');
        for (Function f : unit.functions()) {
            out.append("# ").append(doc(f)).append('\n');
            out.append(snakeName(f)).append("() {\n");
            List<String> lines = body(f, BASH, "  ", calls(unit, f, call -> snakeName(callee(unit, call)) + " \"$x\""));
            // Bash closes its blocks with their own keyword, so the generic end line is written here.
            for (String line : lines) {
                out.append(line).append('\n');
                if (line.startsWith("    x=$(( x - ")) {
                    out.append("  fi\n");
                } else if (line.startsWith("    x=$(( x + i")) {
                    out.append("  done\n");
                }
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String c(Unit unit) {
        StringBuilder out = new StringBuilder("/* The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(". */\n#include <stdio.h>\n#include <stdlib.h>\n\n");
        for (Unit target : imported(unit)) {
            for (String name : importedNames(unit, target, SourceRenderer::snakeName)) {
                out.append("extern int ").append(name).append("(int a);\n");
            }
        }
        String struct = unit.noun() + "_" + unit.role() + "_" + unit.index();
        out.append("\nstruct ").append(struct).append(" {\n    int limit;\n    int count;\n};\n\n");
        for (Function f : unit.functions()) {
            out.append("/* ").append(doc(f)).append(" */\n");
            out.append("int ").append(snakeName(f)).append("(int a) {\n");
            out.append(lines(body(f, C_LIKE, "    ", calls(unit, f, call -> snakeName(callee(unit, call)) + "(x)"))));
            out.append("\n}\n\n");
        }
        out.append("int ").append(struct).append("_run(struct ").append(struct).append(" *self, int a) {\n");
        out.append("    self->count++;\n    return ")
                .append(snakeName(unit.functions().getFirst()))
                .append("(a) + self->limit;\n}\n");
        return out.toString();
    }

    private static String cpp(Unit unit) {
        StringBuilder out = new StringBuilder("// The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(".\n#include <vector>\n");
        for (Unit target : imported(unit)) {
            out.append("#include \"").append(relative(unit, target, false)).append(".hpp\"\n");
        }
        out.append("\nnamespace ").append(String.join("::", unit.directory())).append(" {\n\n");
        out.append("class ").append(unit.typeName()).append(" {\n public:\n");
        out.append("  explicit ").append(unit.typeName()).append("(int limit) : limit_(limit) {}\n");
        for (Function f : unit.functions()) {
            out.append("  static int ").append(camelName(f)).append("(int a);\n");
        }
        out.append("  int run(int a) const;\n\n private:\n  int limit_;\n};\n\n");
        for (Function f : unit.functions()) {
            out.append("// ").append(doc(f)).append('\n');
            out.append("int ")
                    .append(unit.typeName())
                    .append("::")
                    .append(camelName(f))
                    .append("(int a) {\n");
            out.append(lines(body(f, C_LIKE, "  ", calls(unit, f, call -> {
                Unit owner = owner(unit, call);
                String name = camelName(callee(unit, call));
                return (owner == unit
                                ? ""
                                : "::" + String.join("::", owner.directory()) + "::" + owner.typeName() + "::")
                        + name + "(x)";
            }))));
            out.append("\n}\n\n");
        }
        out.append("int ")
                .append(unit.typeName())
                .append("::run(int a) const {\n  return ")
                .append(camelName(unit.functions().getFirst()))
                .append("(a) + limit_;\n}\n\n}  // namespace\n");
        return out.toString();
    }

    private static String csharpNamespace(Unit unit) {
        List<String> parts = new ArrayList<>();
        parts.add("Corpus");
        for (String segment : unit.directory()) {
            parts.add(Words.pascal(segment));
        }
        return String.join(".", parts);
    }

    private static String csharp(Unit unit) {
        StringBuilder out = new StringBuilder("using System;\n");
        for (Unit target : imported(unit)) {
            if (!csharpNamespace(target).equals(csharpNamespace(unit))) {
                out.append("using ").append(csharpNamespace(target)).append(";\n");
            }
        }
        out.append("\nnamespace ").append(csharpNamespace(unit)).append("\n{\n");
        out.append("    /// <summary>The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(".</summary>\n");
        out.append("    public class ").append(unit.typeName()).append("\n    {\n");
        out.append("        public int Limit { get; set; }\n\n");
        for (Function f : unit.functions()) {
            out.append("        /// <summary>").append(doc(f)).append("</summary>\n");
            out.append("        public static int ").append(pascalName(f)).append("(int a)\n        {\n");
            out.append(lines(body(f, C_LIKE, "            ", calls(unit, f, call -> {
                Unit owner = owner(unit, call);
                return (owner == unit ? "" : owner.typeName() + ".") + pascalName(callee(unit, call)) + "(x)";
            }))));
            out.append("\n        }\n\n");
        }
        out.append("        public int Run(int a) => ")
                .append(pascalName(unit.functions().getFirst()))
                .append("(a) + Limit;\n    }\n}\n");
        return out.toString();
    }

    private static final Syntax KOTLIN = new Syntax(
            "var x = a * %d",
            "if (x > %1$d) {\n    x -= %1$d", "for (i in 0 until %d) {\n    x += i", "x += %s", "return x", "}");

    private static String kotlin(Unit unit) {
        StringBuilder out = new StringBuilder("package ").append(dotted(unit)).append("\n\n");
        for (Unit target : imported(unit)) {
            for (String name : importedNames(unit, target, SourceRenderer::camelName)) {
                out.append("import ")
                        .append(dotted(target))
                        .append('.')
                        .append(name)
                        .append('\n');
            }
        }
        out.append('\n');
        for (Function f : unit.functions()) {
            out.append("/** ").append(doc(f)).append(" */\n");
            out.append("fun ").append(camelName(f)).append("(a: Int): Int {\n");
            out.append(lines(body(f, KOTLIN, "    ", calls(unit, f, call -> camelName(callee(unit, call)) + "(x)"))));
            out.append("\n}\n\n");
        }
        out.append("class ").append(unit.typeName()).append("(private val limit: Int) {\n");
        out.append("    fun run(a: Int): Int = ")
                .append(camelName(unit.functions().getFirst()))
                .append("(a) + limit\n}\n");
        return out.toString();
    }

    private static final Syntax PHP = new Syntax(
            "$x = $a * %d;",
            "if ($x > %1$d) {\n    $x = $x - %1$d;",
            "for ($i = 0; $i < %d; $i++) {\n    $x += $i;",
            "$x = $x + %s;",
            "return $x;",
            "}");

    private static String phpNamespace(Unit unit) {
        return csharpNamespace(unit).replace('.', '\\');
    }

    private static String php(Unit unit) {
        StringBuilder out = new StringBuilder("<?php\n\nnamespace ")
                .append(phpNamespace(unit))
                .append(";\n\n");
        for (Unit target : imported(unit)) {
            for (String name : importedNames(unit, target, SourceRenderer::camelName)) {
                out.append("use function ")
                        .append(phpNamespace(target))
                        .append('\\')
                        .append(name)
                        .append(";\n");
            }
        }
        out.append('\n');
        for (Function f : unit.functions()) {
            out.append("/** ").append(doc(f)).append(" */\n");
            out.append("function ").append(camelName(f)).append("(int $a): int\n{\n");
            out.append(lines(body(f, PHP, "    ", calls(unit, f, call -> camelName(callee(unit, call)) + "($x)"))));
            out.append("\n}\n\n");
        }
        out.append("final class ").append(unit.typeName()).append("\n{\n");
        out.append("    public function __construct(private int $limit)\n    {\n    }\n\n");
        out.append("    public function run(int $a): int\n    {\n        return ")
                .append(camelName(unit.functions().getFirst()))
                .append("($a) + $this->limit;\n    }\n}\n");
        return out.toString();
    }

    private static final Syntax SCALA = new Syntax(
            "var x = a * %d", "if (x > %1$d) {\n  x -= %1$d", "for (i <- 0 until %d) {\n  x += i", "x += %s", "x", "}");

    private static String scala(Unit unit) {
        StringBuilder out = new StringBuilder("package ").append(dotted(unit)).append("\n\n");
        for (Unit target : imported(unit)) {
            out.append("import ")
                    .append(dotted(target))
                    .append('.')
                    .append(target.typeName())
                    .append('\n');
        }
        out.append("\n/** The ")
                .append(unit.noun())
                .append(' ')
                .append(unit.role())
                .append(". */\n");
        out.append("object ").append(unit.typeName()).append(" {\n");
        for (Function f : unit.functions()) {
            out.append("  /** ").append(doc(f)).append(" */\n");
            out.append("  def ").append(camelName(f)).append("(a: Int): Int = {\n");
            out.append(lines(body(f, SCALA, "    ", calls(unit, f, call -> qualified(unit, call) + "(x)"))));
            out.append("\n  }\n\n");
        }
        out.append("}\n\nclass ")
                .append(unit.typeName())
                .append("Runner(limit: Int) {\n  def run(a: Int): Int = ")
                .append(unit.typeName())
                .append('.')
                .append(camelName(unit.functions().getFirst()))
                .append("(a) + limit\n}\n");
        return out.toString();
    }

    private static String markdown(Unit unit) {
        Random random = new Random(unit.textSeed());
        StringBuilder out = new StringBuilder("# ")
                .append(Words.pascal(unit.noun()))
                .append(' ')
                .append(unit.role())
                .append("\n\n");
        for (Function f : unit.functions()) {
            out.append("## ")
                    .append(Words.pascal(f.verb()))
                    .append(' ')
                    .append(f.object())
                    .append("\n\n");
            out.append(prose(random, 20 + random.nextInt(40))).append("\n\n");
            for (Call call : f.calls()) {
                if (call.target() != null) {
                    out.append("See `")
                            .append(snakeName(callee(unit, call)))
                            .append("` in `")
                            .append(call.target().relativePath())
                            .append("`.\n\n");
                }
            }
        }
        out.append("```python\nresult = ")
                .append(snakeName(unit.functions().getFirst()))
                .append("(3)\n```\n");
        return out.toString();
    }

    private static String text(Unit unit) {
        Random random = new Random(unit.textSeed());
        StringBuilder out = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            out.append(prose(random, 15 + random.nextInt(50))).append("\n\n");
        }
        return out.toString();
    }

    private static String prose(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = Words.PROSE.get(random.nextInt(Words.PROSE.size()));
            out.append(w == 0 ? Words.pascal(word) : word);
            out.append(w == words - 1 ? "." : (w % 12 == 11 ? "\n" : " "));
        }
        return out.toString();
    }
}
