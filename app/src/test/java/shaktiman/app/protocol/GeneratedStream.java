package shaktiman.app.protocol;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An input stream of a prefix, {@code n} filler bytes and a suffix, produced on the fly so tests hold no big array. */
final class GeneratedStream extends InputStream {

    private final byte[] prefix;
    private final long fillerLength;
    private final byte filler;
    private final byte[] suffix;
    private long position;

    GeneratedStream(String prefix, long fillerLength, char filler, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.fillerLength = fillerLength;
        this.filler = (byte) filler;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    private long total() {
        return prefix.length + fillerLength + suffix.length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= total()) {
            return -1;
        }
        int count = (int) Math.min(length, total() - position);
        for (int i = 0; i < count; i++) {
            long at = position + i;
            byte value;
            if (at < prefix.length) {
                value = prefix[(int) at];
            } else if (at < prefix.length + fillerLength) {
                value = filler;
            } else {
                value = suffix[(int) (at - prefix.length - fillerLength)];
            }
            buffer[offset + i] = value;
        }
        position += count;
        return count;
    }
}
