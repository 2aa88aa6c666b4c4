package shaktiman.adapters.parse;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link System.Logger} that keeps every formatted message with its level, so tests can assert on log lines. */
final class RecordingLogger implements System.Logger {

    /** One logged line. */
    record Line(Level level, String message) {}

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public String getName() {
        return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(new Line(level, message));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(
                new Line(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }
}
