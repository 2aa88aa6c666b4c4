package shaktiman.app.cli.output;

import java.util.Map;

/** The JSON form of {@code index} (MI-39): {@code {files, chunks, symbols, languages, duration_ms}}. */
public record IndexSummary(long files, long chunks, long symbols, Map<String, Long> languages, long durationMs) {}
