package shaktiman.core.index.symbols;

/** Who owns the references inside a subtree while the walk is under way. */
sealed interface Owner {

    /** The file symbol (IX-29: imports, and code outside every symbol). */
    Owner FILE = new File();

    /** The file symbol. */
    record File() implements Owner {}

    /** A declared symbol, by its index. */
    record Symbol(int index) implements Owner {}

    /**
     * A container that declares no symbol itself (a Rust {@code impl}): owned by the class-like symbol with this
     * qualified name once the file is read, else by {@code fallback}.
     */
    record Container(String qualifiedName, Owner fallback) implements Owner {}
}
