package shaktiman.core.text;

/**
 * The original Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980), exactly as the
 * published algorithm reads and as Martin Porter coded it in Snowball ({@code porter.sbl}, libstemmer's {@code
 * porter}): no length guard and none of the later departures of his C version ({@code bli}, {@code logi}).
 *
 * <p>It works on lower-case ASCII letters only. The regions R1 and R2 stand for the paper's measure m: a suffix in R1
 * leaves a stem with m &gt; 0, one in R2 a stem with m &gt; 1. A consonant {@code y} is marked as {@code Y} while
 * stemming, as Snowball does, so that a vowel is simply one of {@code aeiouy}.
 */
final class PorterStemmer {

    private char[] b;
    private int k; // the word is b[0, k)
    private int p1;
    private int p2;

    /** Stems {@code word}, which must consist of the letters a-z only. Not thread-safe: use one per thread. */
    String stem(String word) {
        b = new char[word.length() + 1]; // Step 1b may add an 'e' to the shortened word, never beyond the original
        word.getChars(0, word.length(), b, 0);
        k = word.length();
        boolean yFound = markConsonantY();
        p1 = regionStart(0);
        p2 = regionStart(p1);
        step1a();
        step1b();
        step1c();
        step2();
        step3();
        step4();
        step5a();
        step5b();
        if (yFound) {
            for (int i = 0; i < k; i++) {
                if (b[i] == 'Y') {
                    b[i] = 'y';
                }
            }
        }
        return new String(b, 0, k);
    }

    /** An initial y, and a y after a vowel, is a consonant (Snowball's prelude). */
    private boolean markConsonantY() {
        boolean found = false;
        for (int i = 0; i < k; i++) {
            if (b[i] == 'y' && (i == 0 || isVowel(b[i - 1]))) {
                b[i] = 'Y';
                found = true;
            }
        }
        return found;
    }

    /** The position after the first non-vowel that follows a vowel, at or after {@code from}; k if there is none. */
    private int regionStart(int from) {
        int i = from;
        while (i < k && !isVowel(b[i])) {
            i++;
        }
        while (i < k && isVowel(b[i])) {
            i++;
        }
        return i < k ? i + 1 : k;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private boolean endsWith(String suffix) {
        int start = k - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (b[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The longest of {@code suffixes} the word ends with, or null; only that one may fire (the paper's rule). */
    private String longestSuffix(String... suffixes) {
        String longest = null;
        for (String suffix : suffixes) {
            if ((longest == null || suffix.length() > longest.length()) && endsWith(suffix)) {
                longest = suffix;
            }
        }
        return longest;
    }

    private void replaceSuffix(String suffix, String replacement) {
        int start = k - suffix.length();
        replacement.getChars(0, replacement.length(), b, start);
        k = start + replacement.length();
    }

    /** Whether the stem before {@code end} contains a vowel (the paper's *v*). */
    private boolean hasVowelBefore(int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(b[i])) {
                return true;
            }
        }
        return false;
    }

    /** The paper's *o at {@code end}: consonant, vowel, consonant, the last not w, x or (consonant) y. */
    private boolean endsShortSyllable(int end) {
        if (end < 3) {
            return false;
        }
        char last = b[end - 1];
        return !isVowel(last)
                && last != 'w'
                && last != 'x'
                && last != 'Y'
                && isVowel(b[end - 2])
                && !isVowel(b[end - 3]);
    }

    private void step1a() {
        String suffix = longestSuffix("sses", "ies", "ss", "s");
        if (suffix == null) {
            return;
        }
        switch (suffix) {
            case "sses" -> replaceSuffix(suffix, "ss");
            case "ies" -> replaceSuffix(suffix, "i");
            case "s" -> replaceSuffix(suffix, "");
            default -> {
                // "ss" stays, and keeps "s" from firing.
            }
        }
    }

    private void step1b() {
        String suffix = longestSuffix("eed", "ed", "ing");
        if (suffix == null) {
            return;
        }
        int start = k - suffix.length();
        if (suffix.equals("eed")) {
            if (start >= p1) {
                replaceSuffix(suffix, "ee");
            }
            return;
        }
        if (!hasVowelBefore(start)) {
            return;
        }
        k = start;
        if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
            b[k++] = 'e';
        } else if (endsWithDoubleToUndouble()) {
            k--;
        } else if (k == p1 && endsShortSyllable(k)) {
            b[k++] = 'e';
        }
    }

    /** Snowball's list: bb dd ff gg mm nn pp rr tt; doubled l, s and z stay, as do the doubles English lacks. */
    private boolean endsWithDoubleToUndouble() {
        if (k < 2 || b[k - 1] != b[k - 2]) {
            return false;
        }
        return switch (b[k - 1]) {
            case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't' -> true;
            default -> false;
        };
    }

    private void step1c() {
        if (k > 0 && (b[k - 1] == 'y' || b[k - 1] == 'Y') && hasVowelBefore(k - 1)) {
            b[k - 1] = 'i';
        }
    }

    private void step2() {
        String suffix = longestSuffix(
                "tional", "enci", "anci", "abli", "entli", "eli", "izer", "ization", "ational", "ation", "ator", "alli",
                "alism", "aliti", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti");
        if (suffix == null || k - suffix.length() < p1) {
            return;
        }
        replaceSuffix(
                suffix,
                switch (suffix) {
                    case "tional" -> "tion";
                    case "enci" -> "ence";
                    case "anci" -> "ance";
                    case "abli" -> "able";
                    case "entli" -> "ent";
                    case "eli" -> "e";
                    case "izer", "ization" -> "ize";
                    case "ational", "ation", "ator" -> "ate";
                    case "alli", "alism", "aliti" -> "al";
                    case "fulness" -> "ful";
                    case "ousli", "ousness" -> "ous";
                    case "iveness", "iviti" -> "ive";
                    case "biliti" -> "ble";
                    default -> throw new AssertionError("step 2 has no rule for suffix " + suffix);
                });
    }

    private void step3() {
        String suffix = longestSuffix("alize", "icate", "iciti", "ical", "ative", "ful", "ness");
        if (suffix == null || k - suffix.length() < p1) {
            return;
        }
        replaceSuffix(
                suffix,
                switch (suffix) {
                    case "alize" -> "al";
                    case "icate", "iciti", "ical" -> "ic";
                    case "ative", "ful", "ness" -> "";
                    default -> throw new AssertionError("step 3 has no rule for suffix " + suffix);
                });
    }

    private void step4() {
        String suffix = longestSuffix(
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate",
                "iti", "ous", "ive", "ize", "ion");
        if (suffix == null) {
            return;
        }
        int start = k - suffix.length();
        if (start < p2) {
            return;
        }
        if (suffix.equals("ion") && (start == 0 || (b[start - 1] != 's' && b[start - 1] != 't'))) {
            return;
        }
        k = start;
    }

    private void step5a() {
        if (k == 0 || b[k - 1] != 'e') {
            return;
        }
        int start = k - 1;
        if (start >= p2 || (start >= p1 && !endsShortSyllable(start))) {
            k = start;
        }
    }

    private void step5b() {
        if (k >= 2 && b[k - 1] == 'l' && b[k - 2] == 'l' && k - 1 >= p2) {
            k--;
        }
    }
}
