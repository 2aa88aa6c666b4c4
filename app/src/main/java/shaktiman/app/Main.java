package shaktiman.app;

/** Entry point of {@code shaktimand}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
