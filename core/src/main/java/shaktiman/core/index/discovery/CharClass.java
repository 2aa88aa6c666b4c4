package shaktiman.core.index.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The POSIX classes git's wildmatch accepts inside brackets ({@code [[:digit:]]}), on ASCII bytes as git tests them. */
enum CharClass {
    ALNUM,
    ALPHA,
    BLANK,
    CNTRL,
    DIGIT,
    GRAPH,
    LOWER,
    PRINT,
    PUNCT,
    SPACE,
    UPPER,
    XDIGIT;

    /** The class named by {@code pattern[from, from + length)}, or null when the name is unknown (malformed). */
    static CharClass named(byte[] pattern, int from, int length) {
        String name = new String(pattern, from, length, StandardCharsets.US_ASCII);
        for (CharClass charClass : values()) {
            if (charClass.name().toLowerCase(Locale.ROOT).equals(name)) {
                return charClass;
            }
        }
        return null;
    }

    boolean contains(int c) {
        return switch (this) {
            case ALNUM -> isAlpha(c) || isDigit(c);
            case ALPHA -> isAlpha(c);
            case BLANK -> c == ' ' || c == '\t';
            case CNTRL -> c < 0x20 || c == 0x7f;
            case DIGIT -> isDigit(c);
            case GRAPH -> c > 0x20 && c < 0x7f;
            case LOWER -> c >= 'a' && c <= 'z';
            case PRINT -> c >= 0x20 && c < 0x7f;
            case PUNCT -> c > 0x20 && c < 0x7f && !isAlpha(c) && !isDigit(c);
            // git's own ctype table: only these four are space.
            case SPACE -> c == ' ' || c == '\t' || c == '\n' || c == '\r';
            case UPPER -> c >= 'A' && c <= 'Z';
            case XDIGIT -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
