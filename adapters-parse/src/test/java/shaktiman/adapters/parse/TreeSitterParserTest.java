package shaktiman.adapters.parse;

import shaktiman.core.port.SyntaxParser;
import shaktiman.testkit.contract.SyntaxParserContract;

/** Verifies that {@link TreeSitterParser} keeps the {@link SyntaxParser} contract with the real grammars. */
class TreeSitterParserTest extends SyntaxParserContract {

    @Override
    protected SyntaxParser create() {
        return new TreeSitterParser();
    }

    @Override
    protected Sample validSample() {
        return new Sample("java", Samples.forLanguage("java"));
    }

    @Override
    protected Sample brokenSample() {
        return new Sample("python", "def broken(:\n    return (\n");
    }

    @Override
    protected Sample nonAsciiSample() {
        return new Sample(
                "javascript",
                "// caf\u00e9 \u20ac \ud83d\ude00\nconst s\u00e9 = '\ud83d\ude00\u00e9\u20ac';\n"
                        + "function f\u00e9(a) {\n  return s\u00e9 + '\u20ac' + a; // \u00fc\n}\n\ud83d\ude00;\n");
    }

    @Override
    protected Sample largeSample() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("function f")
                    .append(i)
                    .append("(a) { return a + ")
                    .append(i)
                    .append("; }\n");
        }
        return new Sample("javascript", text.toString());
    }
}
