package shaktiman.app.log;

import java.util.Locale;

/** The {@code role} field of every log record (MI-31): what this process is at the moment the record is written. */
public enum LogRole {
    LEADER,
    PROXY,
    CLI;

    /** The value written in the {@code role} field: {@code leader}, {@code proxy} or {@code cli}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
