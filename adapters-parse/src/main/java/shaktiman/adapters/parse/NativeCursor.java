package shaktiman.adapters.parse;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import shaktiman.core.port.SyntaxParserException;

/**
 * A tree-sitter tree cursor driven through the Foreign Function and Memory API, straight against the runtime library
 * that tree-sitter-ng has loaded.
 *
 * <p>Why not tree-sitter-ng's own {@code TSTreeCursor}: its JNI glue looks up classes and fields on every call, which
 * costs about 1.5 µs per node property, so copying a 460,000-node tree took 5 s; these downcalls take about 0.5 s. The
 * struct layouts are those of tree-sitter's {@code api.h} (stable since ABI 13). One instance per walk, confined to
 * the walking thread; {@link #close()} frees the cursor.
 */
final class NativeCursor implements AutoCloseable {

    // typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
    private static final StructLayout NODE = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(4, JAVA_INT).withName("context"),
            ADDRESS.withName("id"),
            ADDRESS.withName("tree"));
    // typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;
    private static final StructLayout CURSOR = MemoryLayout.structLayout(
            ADDRESS.withName("tree"),
            ADDRESS.withName("id"),
            MemoryLayout.sequenceLayout(3, JAVA_INT).withName("context"),
            MemoryLayout.paddingLayout(4));
    // typedef struct { uint32_t row; uint32_t column; } TSPoint;
    private static final StructLayout POINT =
            MemoryLayout.structLayout(JAVA_INT.withName("row"), JAVA_INT.withName("column"));

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment node = arena.allocate(NODE);
    private final MemorySegment point = arena.allocate(POINT);
    private final SegmentAllocator intoNode = (size, alignment) -> node;
    private final SegmentAllocator intoPoint = (size, alignment) -> point;
    private final Functions functions;
    private final MemorySegment cursor;

    NativeCursor(Functions functions, long treePointer) {
        this.functions = functions;
        try {
            MemorySegment root =
                    (MemorySegment) functions.rootNode.invokeExact(intoNode, MemorySegment.ofAddress(treePointer));
            this.cursor = (MemorySegment) functions.cursorNew.invokeExact((SegmentAllocator) arena, root);
        } catch (Throwable e) {
            arena.close();
            throw rethrow("ts_tree_cursor_new", e);
        }
    }

    /** Moves to the current node's first child; false at a leaf. */
    boolean gotoFirstChild() {
        try {
            return (boolean) functions.gotoFirstChild.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow("ts_tree_cursor_goto_first_child", e);
        }
    }

    /** Moves to the next sibling; false at the last child. */
    boolean gotoNextSibling() {
        try {
            return (boolean) functions.gotoNextSibling.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow("ts_tree_cursor_goto_next_sibling", e);
        }
    }

    /** Moves to the parent; false at the root. */
    boolean gotoParent() {
        try {
            return (boolean) functions.gotoParent.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow("ts_tree_cursor_goto_parent", e);
        }
    }

    /** Reads the current node's properties into {@code into}. */
    void read(RawNode into) {
        try {
            MemorySegment current = (MemorySegment) functions.currentNode.invokeExact(intoNode, cursor);
            into.symbol = Short.toUnsignedInt((short) functions.symbol.invokeExact(current));
            into.named = (boolean) functions.isNamed.invokeExact(current);
            into.startByte = (int) functions.startByte.invokeExact(current);
            into.endByte = (int) functions.endByte.invokeExact(current);
            MemorySegment start = (MemorySegment) functions.startPoint.invokeExact(intoPoint, current);
            into.startRow = start.get(JAVA_INT, 0);
            into.startByteColumn = start.get(JAVA_INT, 4);
            MemorySegment end = (MemorySegment) functions.endPoint.invokeExact(intoPoint, current);
            into.endRow = end.get(JAVA_INT, 0);
            into.endByteColumn = end.get(JAVA_INT, 4);
            into.fieldId = Short.toUnsignedInt((short) functions.currentFieldId.invokeExact(cursor));
        } catch (Throwable e) {
            throw rethrow("reading a node", e);
        }
    }

    /** Whether the tree at {@code treePointer} contains an ERROR or MISSING node. */
    boolean treeHasError(long treePointer) {
        try {
            MemorySegment root =
                    (MemorySegment) functions.rootNode.invokeExact(intoNode, MemorySegment.ofAddress(treePointer));
            return (boolean) functions.hasError.invokeExact(root);
        } catch (Throwable e) {
            throw rethrow("ts_node_has_error", e);
        }
    }

    @Override
    public void close() {
        try {
            functions.cursorDelete.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow("ts_tree_cursor_delete", e);
        } finally {
            arena.close();
        }
    }

    private static RuntimeException rethrow(String operation, Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return new SyntaxParserException("tree-sitter call failed: " + operation, e);
    }

    /** The properties of one node, reused across nodes to avoid an allocation per node. */
    static final class RawNode {
        int symbol;
        boolean named;
        int startByte;
        int endByte;
        int startRow;
        int startByteColumn;
        int endRow;
        int endByteColumn;
        int fieldId;
    }

    /**
     * The downcall handles, bound once per parser instance. The runtime library must already be loaded (any
     * tree-sitter-ng parser or language object loads it), because the lookup searches the libraries of this class's
     * loader, which tree-sitter-ng shares on both the module path and the class path.
     */
    static final class Functions {
        final MethodHandle rootNode;
        final MethodHandle cursorNew;
        final MethodHandle cursorDelete;
        final MethodHandle currentNode;
        final MethodHandle currentFieldId;
        final MethodHandle gotoFirstChild;
        final MethodHandle gotoNextSibling;
        final MethodHandle gotoParent;
        final MethodHandle symbol;
        final MethodHandle isNamed;
        final MethodHandle startByte;
        final MethodHandle endByte;
        final MethodHandle startPoint;
        final MethodHandle endPoint;
        final MethodHandle hasError;

        Functions() {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lookup = SymbolLookup.loaderLookup();
            rootNode = bind(linker, lookup, "ts_tree_root_node", FunctionDescriptor.of(NODE, ADDRESS));
            cursorNew = bind(linker, lookup, "ts_tree_cursor_new", FunctionDescriptor.of(CURSOR, NODE));
            cursorDelete = bind(linker, lookup, "ts_tree_cursor_delete", FunctionDescriptor.ofVoid(ADDRESS));
            currentNode = bind(linker, lookup, "ts_tree_cursor_current_node", FunctionDescriptor.of(NODE, ADDRESS));
            currentFieldId =
                    bind(linker, lookup, "ts_tree_cursor_current_field_id", FunctionDescriptor.of(JAVA_SHORT, ADDRESS));
            gotoFirstChild = bind(
                    linker, lookup, "ts_tree_cursor_goto_first_child", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
            gotoNextSibling = bind(
                    linker, lookup, "ts_tree_cursor_goto_next_sibling", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
            gotoParent =
                    bind(linker, lookup, "ts_tree_cursor_goto_parent", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
            symbol = bind(linker, lookup, "ts_node_symbol", FunctionDescriptor.of(JAVA_SHORT, NODE));
            isNamed = bind(linker, lookup, "ts_node_is_named", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
            startByte = bind(linker, lookup, "ts_node_start_byte", FunctionDescriptor.of(JAVA_INT, NODE));
            endByte = bind(linker, lookup, "ts_node_end_byte", FunctionDescriptor.of(JAVA_INT, NODE));
            startPoint = bind(linker, lookup, "ts_node_start_point", FunctionDescriptor.of(POINT, NODE));
            endPoint = bind(linker, lookup, "ts_node_end_point", FunctionDescriptor.of(POINT, NODE));
            hasError = bind(linker, lookup, "ts_node_has_error", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
        }

        // Restricted (FFM): the launcher grants --enable-native-access=shaktiman.adapters.parse.
        @SuppressWarnings("restricted")
        private static MethodHandle bind(
                Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
            MemorySegment address = lookup.find(name)
                    .orElseThrow(() -> new SyntaxParserException(
                            "tree-sitter runtime symbol " + name + " not found; is the tree-sitter library loaded?"));
            return linker.downcallHandle(address, descriptor);
        }
    }
}
