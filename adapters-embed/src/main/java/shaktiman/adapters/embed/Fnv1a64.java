package shaktiman.adapters.embed;

/** The 64-bit FNV-1a hash (Fowler, Noll and Vo; offset basis and prime from the FNV reference), pinned by IX-50. */
final class Fnv1a64 {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a64() {}

    static long hash(byte[] bytes) {
        long hash = OFFSET_BASIS;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }
}
