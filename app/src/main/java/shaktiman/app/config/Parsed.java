package shaktiman.app.config;

/** The outcome of reading one raw value against its key's {@link ValueKind}. */
sealed interface Parsed {

    /** The value, converted to the key's Java type. */
    record Ok(Object value) implements Parsed {}

    /**
     * The value breaks its rule.
     *
     * @param where a suffix naming the offending part inside the value ({@code [2]}, {@code .h}), or empty
     * @param rule what the value must be, completing "must be ..."
     * @param shown the offending value as the user wrote it, strings quoted
     */
    record Bad(String where, String rule, String shown) implements Parsed {
        Bad(String rule, String shown) {
            this("", rule, shown);
        }
    }
}
