package shaktiman.adapters.lock;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import shaktiman.core.port.LockException;

/**
 * The C library calls the lock needs, bound once through the FFM linker. Each call returns its result together with
 * the errno captured right after it, so no other call on the thread can overwrite it first.
 *
 * <p>Binding downcalls and reading C strings are restricted FFM operations: this class is the one place in the module
 * that performs them, which is why the launcher grants {@code --enable-native-access=shaktiman.adapters.lock}.
 */
@SuppressWarnings("restricted")
final class Libc {

    /** A call's return value and, when it is negative, the errno the call set. */
    record Result(long value, int errno) {
        boolean failed() {
            return value < 0;
        }
    }

    /** The flag and errno values that differ between the kernels we support. */
    record Constants(
            int oRdwr, int oCreat, int oExcl, int oCloexec, int enoent, int eexist, int eintr, int ewouldblock) {
        static final int LOCK_EX = 2;
        static final int LOCK_NB = 4;
        static final int LOCK_UN = 8;

        static Constants forCurrentOs() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("linux")) {
                // <asm-generic/fcntl.h>, <asm-generic/errno-base.h>; EWOULDBLOCK == EAGAIN
                return new Constants(02, 0100, 0200, 02000000, 2, 17, 4, 11);
            }
            if (os.contains("mac") || os.contains("darwin")) {
                // <sys/fcntl.h>, <sys/errno.h> on Darwin
                return new Constants(0x2, 0x200, 0x800, 0x1000000, 2, 17, 4, 35);
            }
            throw new LockException("flock(2) locking is supported on Linux and macOS only, not on " + os);
        }
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    // open(2) is variadic: the mode is its first variadic argument.
    private static final MethodHandle OPEN = bind(
            "open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            CAPTURE_ERRNO,
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle FLOCK =
            bind("flock", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), CAPTURE_ERRNO);
    // off_t, size_t and ssize_t are 64-bit on the LP64 platforms we support.
    private static final MethodHandle FTRUNCATE =
            bind("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle PWRITE =
            bind("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle PREAD =
            bind("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle FSYNC = bind("fsync", FunctionDescriptor.of(JAVA_INT, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle STRERROR = bind("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Libc() {}

    static Result open(String path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, mode);
            return result(fd, state);
        } catch (Throwable t) {
            throw callFailed("open", t);
        }
    }

    static Result flock(int fd, int operation) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            int rc = (int) FLOCK.invokeExact(state, fd, operation);
            return result(rc, state);
        } catch (Throwable t) {
            throw callFailed("flock", t);
        }
    }

    static Result ftruncate(int fd, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            int rc = (int) FTRUNCATE.invokeExact(state, fd, length);
            return result(rc, state);
        } catch (Throwable t) {
            throw callFailed("ftruncate", t);
        }
    }

    /** Writes {@code bytes} at {@code offset}; the result is the count written, which may be short. */
    static Result pwrite(int fd, byte[] bytes, long offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            MemorySegment buffer = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buffer, JAVA_BYTE, 0, bytes.length);
            long written = (long) PWRITE.invokeExact(state, fd, buffer, (long) bytes.length, offset);
            return result(written, state);
        } catch (Throwable t) {
            throw callFailed("pwrite", t);
        }
    }

    /** Reads up to {@code into.length} bytes at {@code offset} into {@code into}; the result is the count read. */
    static Result pread(int fd, byte[] into, long offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            MemorySegment buffer = arena.allocate(Math.max(1, into.length));
            long read = (long) PREAD.invokeExact(state, fd, buffer, (long) into.length, offset);
            if (read > 0) {
                MemorySegment.copy(buffer, JAVA_BYTE, 0, into, 0, (int) read);
            }
            return result(read, state);
        } catch (Throwable t) {
            throw callFailed("pread", t);
        }
    }

    static Result fsync(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            int rc = (int) FSYNC.invokeExact(state, fd);
            return result(rc, state);
        } catch (Throwable t) {
            throw callFailed("fsync", t);
        }
    }

    static Result close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            int rc = (int) CLOSE.invokeExact(state, fd);
            return result(rc, state);
        } catch (Throwable t) {
            throw callFailed("close", t);
        }
    }

    /** The C library's text for {@code errno}, followed by the number, e.g. {@code "Permission denied (errno 13)"}. */
    static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            String message = text.equals(MemorySegment.NULL)
                    ? "unknown error"
                    : text.reinterpret(Long.MAX_VALUE).getString(0);
            return message + " (errno " + errno + ")";
        } catch (Throwable t) {
            throw callFailed("strerror", t);
        }
    }

    private static Result result(long value, MemorySegment state) {
        return new Result(value, value < 0 ? (int) ERRNO.get(state, 0L) : 0);
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup()
                .find(name)
                .orElseThrow(() -> new LockException("the C library has no symbol " + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    private static LockException callFailed(String call, Throwable cause) {
        if (cause instanceof LockException e) {
            return e;
        }
        return new LockException("native call " + call + " could not be made: " + cause, cause);
    }
}
