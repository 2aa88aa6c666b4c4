package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many answers of this leader came from each MCP-45 strategy (MCP-54's strategy mix): every successful call whose
 * structured content names a {@code strategy} ({@code search} and {@code context}) counts once. Thread-safe.
 */
final class StrategyMix {
    private final AtomicLong hybrid = new AtomicLong();
    private final AtomicLong keyword = new AtomicLong();

    void record(JsonNode structured) {
        if (structured == null) {
            return;
        }
        switch (structured.path("strategy").asText("")) {
            case "hybrid" -> hybrid.incrementAndGet();
            case "keyword" -> keyword.incrementAndGet();
            default -> {
                // a tool without a strategy: nothing to count
            }
        }
    }

    Map<String, Long> snapshot() {
        Map<String, Long> mix = new LinkedHashMap<>();
        mix.put("hybrid", hybrid.get());
        mix.put("keyword", keyword.get());
        return mix;
    }
}
