package shaktiman.core.index.chunk;

import java.lang.System.Logger;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A {@link System.Logger} that keeps every record as {@code LEVEL message}, so tests can assert on warnings. */
final class RecordingLogger implements Logger {

    private final List<String> records = new CopyOnWriteArrayList<>();

    List<String> records() {
        return List.copyOf(records);
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
        records.add(level + " " + message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        records.add(level + " " + (params == null ? format : MessageFormat.format(format, params)));
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
        records.add(level + " " + supplier.get());
    }
}
