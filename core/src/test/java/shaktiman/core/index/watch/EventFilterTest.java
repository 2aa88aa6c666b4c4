package shaktiman.core.index.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies which watcher events are dropped before the debounce: hard excludes, but not .git/info/exclude (IX-65). */
class EventFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {".shaktiman", ".shaktiman/index.db-wal", ".git/index", "sub/.hg/store", "a/.svn/x", ".git"})
    void dropped_underAHardExclude_isTrue(String path) {
        assertThat(EventFilter.dropped(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".git/info/exclude", "src/a.go", ".gitignore", "x.shaktiman/a", "docs/.github/ci.yml"})
    void dropped_elsewhere_isFalse(String path) {
        assertThat(EventFilter.dropped(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {".shaktiman/shaktimand.log", ".git/HEAD"})
    void dispatcher_eventUnderAHardExclude_neverEntersTheDebounceMap(String path) {
        try (BatchDispatcher dispatcher = new BatchDispatcher("test-dispatcher", Duration.ofSeconds(30), batch -> {})) {
            dispatcher.changed(path);
            dispatcher.changed("src/a.go");

            assertThat(dispatcher.pending()).isEqualTo(1);
        }
    }
}
