package shaktiman.testkit.fake;

import shaktiman.core.port.SyntaxParser;
import shaktiman.testkit.contract.SyntaxParserContract;

/** Verifies that the line-tree fake keeps the {@link SyntaxParser} contract. */
class LineTreeParserTest extends SyntaxParserContract {

    @Override
    protected SyntaxParser create() {
        return new LineTreeParser();
    }

    @Override
    protected Sample validSample() {
        return new Sample(LineTreeParser.LANGUAGE, "first\nsecond\n\nthird\n");
    }

    @Override
    protected Sample brokenSample() {
        return new Sample(LineTreeParser.LANGUAGE, "fine\n!broken\n");
    }

    @Override
    protected Sample nonAsciiSample() {
        return new Sample(LineTreeParser.LANGUAGE, "caf\u00e9 \u20ac\n\n\ud83d\ude00 smile\nplain\u00e9");
    }

    @Override
    protected Sample largeSample() {
        return new Sample(LineTreeParser.LANGUAGE, "a line of text\n".repeat(50_000));
    }
}
