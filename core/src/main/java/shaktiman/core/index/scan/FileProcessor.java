package shaktiman.core.index.scan;

import shaktiman.core.index.discovery.Candidate;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.model.index.ParsedFile;

/**
 * Turns one read file into the rows the store keeps: parse, chunk, extract symbols and references (§2–§4). Called from
 * several parse-worker threads at once, so implementations are thread-safe.
 */
@FunctionalInterface
public interface FileProcessor {

    /**
     * @param candidate the accepted path with its language, size and mtime
     * @param text the file's decoded text and the hash of its raw bytes
     * @param readMs when the bytes were read (epoch ms), for the stale guard (IX-46)
     */
    ParsedFile process(Candidate candidate, Content.Text text, long readMs);
}
