package shaktiman.app.bench;

/** A process's memory read twice: right after a busy period, and after it has then been idle for a while. */
record MemoryReading(Memory busy, Memory idle) {}
