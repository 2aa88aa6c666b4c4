package shaktiman.core.index.discovery;

/**
 * Git's glob matcher, ported from git's {@code wildmatch.c} (Rich $alz, Wayne Davison, Nguyễn Thái Ngọc Duy) so that
 * {@code *}, {@code ?}, brackets and {@code **} behave byte for byte as in {@code git check-ignore}. It works on UTF-8
 * bytes, as git does, so {@code ?} matches one byte. A position past a region's end reads as NUL, which is how the C
 * code sees the end of its strings.
 */
final class Wildmatch {

    private static final int MATCH = 0;
    private static final int NO_MATCH = 1;
    private static final int ABORT_ALL = -1;
    private static final int ABORT_TO_STARSTAR = -2;

    private final byte[] pattern;
    private final int patternEnd;
    private final byte[] text;
    private final int textEnd;
    private final boolean pathname;

    private Wildmatch(byte[] pattern, int patternEnd, byte[] text, int textEnd, boolean pathname) {
        this.pattern = pattern;
        this.patternEnd = patternEnd;
        this.text = text;
        this.textEnd = textEnd;
        this.pathname = pathname;
    }

    /**
     * Whether {@code pattern[patternFrom, patternTo)} matches {@code text[textFrom, textTo)}; with {@code pathname}
     * (git's {@code WM_PATHNAME}) wildcards do not cross {@code /} and {@code **} is special.
     */
    static boolean matches(
            byte[] pattern, int patternFrom, int patternTo, byte[] text, int textFrom, int textTo, boolean pathname) {
        return new Wildmatch(pattern, patternTo, text, textTo, pathname).dowild(patternFrom, textFrom) == MATCH;
    }

    /** Whether {@code c} is one of git's glob specials ({@code is_glob_special}). */
    static boolean isGlobSpecial(int c) {
        return c == '*' || c == '?' || c == '[' || c == '\\';
    }

    private int p(int i) {
        return i < patternEnd ? pattern[i] & 0xff : 0;
    }

    private int t(int i) {
        return i < textEnd ? text[i] & 0xff : 0;
    }

    private int slashFrom(int from) {
        for (int i = from; i < textEnd; i++) {
            if (text[i] == '/') {
                return i;
            }
        }
        return -1;
    }

    private int dowild(int p, int t) {
        int patternStart = p;
        for (; p(p) != 0; t++, p++) {
            int pCh = p(p);
            int tCh = t(t);
            if (tCh == 0 && pCh != '*') {
                return ABORT_ALL;
            }
            if (pCh == '\\') {
                // A literal: the next pattern byte; a trailing backslash reads as NUL and fails here.
                p++;
                if (tCh != p(p)) {
                    return NO_MATCH;
                }
            } else if (pCh == '?') {
                if (pathname && tCh == '/') {
                    return NO_MATCH;
                }
            } else if (pCh == '*') {
                p++;
                boolean matchSlash;
                if (p(p) == '*') {
                    int prevP = p - 2;
                    while (p(++p) == '*') {
                        // skip a run of stars
                    }
                    if (!pathname) {
                        matchSlash = true;
                    } else if ((prevP < patternStart || p(prevP) == '/')
                            && (p(p) == 0 || p(p) == '/' || (p(p) == '\\' && p(p + 1) == '/'))) {
                        // "**/" may match no directory at all: try the rest of the pattern right here.
                        if (p(p) == '/' && dowild(p + 1, t) == MATCH) {
                            return MATCH;
                        }
                        matchSlash = true;
                    } else {
                        matchSlash = false;
                    }
                } else {
                    matchSlash = !pathname;
                }
                if (p(p) == 0) {
                    // A trailing "**" matches everything; a trailing "*" only what has no slash left.
                    return !matchSlash && slashFrom(t) >= 0 ? NO_MATCH : MATCH;
                }
                if (!matchSlash && p(p) == '/') {
                    // One star followed by a slash matches up to the next slash, which the loop then consumes.
                    int slash = slashFrom(t);
                    if (slash < 0) {
                        return NO_MATCH;
                    }
                    t = slash;
                    continue;
                }
                return star(p, t, tCh, matchSlash);
            } else if (pCh == '[') {
                int end = bracket(p, tCh);
                if (end < 0) {
                    return end == -2 ? NO_MATCH : ABORT_ALL;
                }
                p = end;
            } else if (tCh != pCh) {
                return NO_MATCH;
            }
        }
        return t(t) != 0 ? NO_MATCH : MATCH;
    }

    /** The star's search loop: tries the rest of the pattern at each text position the star may stop at. */
    private int star(int p, int t, int tCh, boolean matchSlash) {
        while (tCh != 0) {
            if (!isGlobSpecial(p(p))) {
                // Skip ahead to the next occurrence of the literal that follows the star.
                int pCh = p(p);
                while ((tCh = t(t)) != 0 && (matchSlash || tCh != '/')) {
                    if (tCh == pCh) {
                        break;
                    }
                    t++;
                }
                if (tCh != pCh) {
                    return NO_MATCH;
                }
            }
            int matched = dowild(p, t);
            if (matched != NO_MATCH) {
                if (!matchSlash || matched != ABORT_TO_STARSTAR) {
                    return matched;
                }
            } else if (!matchSlash && tCh == '/') {
                return ABORT_TO_STARSTAR;
            }
            tCh = t(++t);
        }
        return ABORT_ALL;
    }

    /**
     * Matches the bracket expression starting at {@code p} (on its {@code [}) against {@code tCh}: returns the index of
     * its closing {@code ]}, -2 for no match, -1 for a malformed expression (which makes the whole pattern fail).
     */
    private int bracket(int p, int tCh) {
        int pCh = p(++p);
        if (pCh == '^') {
            pCh = '!';
        }
        boolean negated = pCh == '!';
        if (negated) {
            pCh = p(++p);
        }
        int prevCh = 0;
        boolean matched = false;
        while (true) {
            if (pCh == 0) {
                return -1;
            }
            if (pCh == '\\') {
                pCh = p(++p);
                if (pCh == 0) {
                    return -1;
                }
                if (tCh == pCh) {
                    matched = true;
                }
            } else if (pCh == '-' && prevCh != 0 && p(p + 1) != 0 && p(p + 1) != ']') {
                pCh = p(++p);
                if (pCh == '\\') {
                    pCh = p(++p);
                    if (pCh == 0) {
                        return -1;
                    }
                }
                if (tCh <= pCh && tCh >= prevCh) {
                    matched = true;
                }
                pCh = 0; // a range cannot start another range
            } else if (pCh == '[' && p(p + 1) == ':') {
                int s = p + 2;
                int q = s;
                while (p(q) != 0 && p(q) != ']') {
                    q++;
                }
                if (p(q) == 0) {
                    return -1;
                }
                int length = q - s - 1;
                if (length < 0 || p(q - 1) != ':') {
                    // No ":]": the '[' is an ordinary member of the set.
                    if (tCh == '[') {
                        matched = true;
                    }
                } else {
                    CharClass charClass = CharClass.named(pattern, s, length);
                    if (charClass == null) {
                        return -1;
                    }
                    if (charClass.contains(tCh)) {
                        matched = true;
                    }
                    p = q;
                    pCh = 0;
                }
            } else if (tCh == pCh) {
                matched = true;
            }
            prevCh = pCh;
            pCh = p(++p);
            if (pCh == ']') {
                break;
            }
        }
        if (matched == negated || (pathname && tCh == '/')) {
            return -2;
        }
        return p;
    }
}
