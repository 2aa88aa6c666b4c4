package shaktiman.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verifies that the sanitizer rejects each kind of unusable vector (IX-51) and counts it by reason. */
class VectorSanitizerTest {
    private final VectorSanitizer sanitizer = new VectorSanitizer(3);

    @Test
    void check_validVector_passes() {
        assertThat(sanitizer.check(1, new float[] {0.5f, -0.5f, 0})).isEmpty();
    }

    @Test
    void check_eachBadVector_isRejectedWithItsReason() {
        assertThat(sanitizer.check(1, new float[0])).contains(VectorSanitizer.Reason.EMPTY);
        assertThat(sanitizer.check(2, null)).contains(VectorSanitizer.Reason.EMPTY);
        assertThat(sanitizer.check(3, new float[] {1, 0})).contains(VectorSanitizer.Reason.WRONG_LENGTH);
        assertThat(sanitizer.check(4, new float[] {1, Float.NaN, 0})).contains(VectorSanitizer.Reason.NOT_FINITE);
        assertThat(sanitizer.check(5, new float[] {Float.NEGATIVE_INFINITY, 0, 0}))
                .contains(VectorSanitizer.Reason.NOT_FINITE);
        assertThat(sanitizer.checkQuery(new float[] {0, 0, 0})).contains(VectorSanitizer.Reason.ALL_ZERO);
    }

    @Test
    void rejections_areCountedByReason() {
        sanitizer.check(1, new float[] {0, 0, 0});
        sanitizer.check(2, new float[] {0, 0, 0});
        sanitizer.check(3, new float[] {1, 0});

        assertThat(sanitizer.rejections())
                .containsEntry(VectorSanitizer.Reason.ALL_ZERO, 2L)
                .containsEntry(VectorSanitizer.Reason.WRONG_LENGTH, 1L)
                .containsEntry(VectorSanitizer.Reason.NOT_FINITE, 0L)
                .containsEntry(VectorSanitizer.Reason.EMPTY, 0L);
    }
}
