package shaktiman.adapters.parse;

import java.util.List;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPhp;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRuby;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterScala;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** The sixteen languages of IX-12 that have a grammar (IX-13), ERB going through Ruby (IX-17). */
final class Grammars {

    private Grammars() {}

    static List<Grammar> all() {
        return List.of(
                new Grammar("typescript", "tree-sitter-typescript", false, TreeSitterTypescript::new),
                new Grammar("tsx", "tree-sitter-tsx", false, TreeSitterTsx::new),
                new Grammar("javascript", "tree-sitter-javascript", false, TreeSitterJavascript::new),
                new Grammar("python", "tree-sitter-python", false, TreeSitterPython::new),
                new Grammar("go", "tree-sitter-go", false, TreeSitterGo::new),
                new Grammar("rust", "tree-sitter-rust", false, TreeSitterRust::new),
                new Grammar("java", "tree-sitter-java", false, TreeSitterJava::new),
                new Grammar("ruby", "tree-sitter-ruby", false, TreeSitterRuby::new),
                new Grammar("erb", "tree-sitter-ruby", true, TreeSitterRuby::new),
                new Grammar("bash", "tree-sitter-bash", false, TreeSitterBash::new),
                new Grammar("c", "tree-sitter-c", false, TreeSitterC::new),
                new Grammar("cpp", "tree-sitter-cpp", false, TreeSitterCpp::new),
                new Grammar("csharp", "tree-sitter-c-sharp", false, TreeSitterCSharp::new),
                new Grammar("kotlin", "tree-sitter-kotlin", false, TreeSitterKotlin::new),
                new Grammar("php", "tree-sitter-php", false, TreeSitterPhp::new),
                new Grammar("scala", "tree-sitter-scala", false, TreeSitterScala::new));
    }
}
