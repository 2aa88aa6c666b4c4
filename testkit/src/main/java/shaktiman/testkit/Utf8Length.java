package shaktiman.testkit;

/** The UTF-8 length of text the way MCP-1 encodes it: an unpaired surrogate becomes U+FFFD, three bytes. */
public final class Utf8Length {

    private Utf8Length() {}

    /** The number of UTF-8 bytes of {@code text}, each unpaired surrogate counted as U+FFFD. */
    public static long of(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // Any other BMP character, or an unpaired surrogate replaced by U+FFFD.
                bytes += 3;
            }
        }
        return bytes;
    }
}
