package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the names {@link GraphQueries#candidateNames} looks up for a qualified name, also for hostile input. */
class GraphQueriesTest {

    @Test
    void candidateNames_ofAQualifiedName_areItsSegmentAlignedSuffixesThenTheWholeName() {
        assertThat(GraphQueries.candidateNames("UserService.Cache.toString"))
                .containsExactly("toString", "Cache.toString", "UserService.Cache.toString");
    }

    @Test
    void candidateNames_ofAHugeNameOfManySegments_stayFewAndShortButKeepTheWholeName() {
        String name = "a.".repeat(5_000) + "find";

        List<String> names = GraphQueries.candidateNames(name);

        assertThat(names).startsWith("find", "a.find").endsWith(name);
        assertThat(names).hasSizeLessThanOrEqualTo(GraphQueries.MAX_SUFFIX_LENGTH / 2 + 2);
        assertThat(names.subList(0, names.size() - 1))
                .allSatisfy(suffix -> assertThat(suffix.length()).isLessThanOrEqualTo(GraphQueries.MAX_SUFFIX_LENGTH));
    }
}
