package shaktiman.adapters.parse;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A text with its UTF-8 encoding, which tree-sitter reads, and the map from UTF-8 byte offsets back to UTF-16 char
 * offsets into the Java string, which core slices.
 */
final class Utf8Text {

    private final String text;
    private final byte[] bytes;
    // Char offset of the char that byte i belongs to; null when every char is ASCII and the map is the identity.
    private final int[] charAtByte;

    Utf8Text(String text) {
        this.text = text;
        this.bytes = text.getBytes(UTF_8);
        this.charAtByte = bytes.length == text.length() ? null : mapBytesToChars(text, bytes.length);
    }

    String text() {
        return text;
    }

    byte[] bytes() {
        return bytes;
    }

    /** The char offset at byte offset {@code byteOffset}, which lies on a character boundary. */
    int charAt(int byteOffset) {
        return charAtByte == null ? byteOffset : charAtByte[byteOffset];
    }

    // Mirrors String.getBytes(UTF_8): a surrogate pair is 4 bytes, a lone surrogate becomes the 1-byte '?'.
    private static int[] mapBytesToChars(String text, int byteLength) {
        int[] map = new int[byteLength + 1];
        int b = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width;
            int chars = 1;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else if (Character.isSurrogate(c)) {
                width = 1;
            } else {
                width = 3;
            }
            for (int k = 0; k < width; k++) {
                map[b + k] = i;
            }
            b += width;
            i += chars;
        }
        map[byteLength] = text.length();
        return map;
    }
}
