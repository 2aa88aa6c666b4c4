package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.TestFiles;

/** Verifies the shared canonical dump on real stores: equal trees dump equal whatever the ids, any change shows. */
@Timeout(60)
class CanonicalDumpTest {
    @TempDir
    Path first;

    @TempDir
    Path second;

    private static ParsedFile caller(String body) {
        return TestFiles.file("src/a.go")
                .function("caller", "func caller() {\n\t" + body + "\n}")
                .calls("caller", "helper")
                .build();
    }

    private static ParsedFile helper() {
        return TestFiles.file("src/b.go").function("helper", "func helper() {}").build();
    }

    @Test
    void of_sameFilesWrittenInDifferentOrder_equalDumps() {
        try (StoreUnderTest one = new StoreUnderTest(first);
                StoreUnderTest two = new StoreUnderTest(second)) {
            one.write(caller("helper()"), helper());
            two.write(helper());
            two.write(caller("x := 1"));
            two.write(caller("helper()")); // ids now differ from the first store's

            assertThat(CanonicalDump.of(two.dbFile)).containsExactlyElementsOf(CanonicalDump.of(one.dbFile));
            assertThat(CanonicalDump.of(one.dbFile))
                    .anyMatch(line -> line.startsWith("edge src/a.go:caller -> src/b.go:helper calls"))
                    .anyMatch(line -> line.startsWith("fts src/b.go#0 content"));
        }
    }

    @Test
    void of_oneChunkEdited_dumpsDiffer() {
        try (StoreUnderTest one = new StoreUnderTest(first);
                StoreUnderTest two = new StoreUnderTest(second)) {
            one.write(caller("helper()"), helper());
            two.write(caller("helper() // again"), helper());

            assertThat(CanonicalDump.of(two.dbFile)).isNotEqualTo(CanonicalDump.of(one.dbFile));
        }
    }

    @Test
    void of_missingFile_failsNamingIt() {
        Path missing = first.resolve("nothing/index.db");

        assertThatThrownBy(() -> CanonicalDump.of(missing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(missing.toString());
    }
}
