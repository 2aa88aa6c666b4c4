package shaktiman.adapters.parse;

import org.treesitter.TSLanguage;

/**
 * A grammar's node type and field names, read once from its symbol and field tables so that copying a tree shares
 * one string per name instead of making one per node.
 */
final class GrammarNames {

    // tree-sitter's ts_builtin_sym_error, the symbol of ERROR nodes: (TSSymbol) -1.
    private static final int ERROR_SYMBOL = 0xFFFF;

    private final String[] types;
    private final String[] fields;

    GrammarNames(TSLanguage language) {
        types = new String[language.symbolCount()];
        for (int symbol = 0; symbol < types.length; symbol++) {
            types[symbol] = language.symbolName(symbol).intern();
        }
        // Field ids start at 1; 0 means "no field".
        fields = new String[language.fieldCount() + 1];
        for (int id = 1; id < fields.length; id++) {
            fields[id] = language.fieldNameForId(id).intern();
        }
    }

    String type(int symbol) {
        if (symbol == ERROR_SYMBOL) {
            return "ERROR";
        }
        if (symbol >= types.length) {
            throw new IllegalStateException("node symbol " + symbol + " beyond the grammar's " + types.length);
        }
        return types[symbol];
    }

    /** The field name for {@code fieldId}, or null for 0 (no field). */
    String field(int fieldId) {
        if (fieldId >= fields.length) {
            throw new IllegalStateException("field id " + fieldId + " beyond the grammar's " + (fields.length - 1));
        }
        return fields[fieldId];
    }
}
