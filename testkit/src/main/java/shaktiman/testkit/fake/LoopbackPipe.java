package shaktiman.testkit.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One direction of a loopback connection: a bounded byte buffer. Writers block while it is full, readers while it is
 * empty. Closing the writer gives the reader end of stream once drained; closing the reader wakes it (end of stream)
 * and makes further writes fail, like a socket whose peer has gone.
 */
final class LoopbackPipe {

    private static final int CAPACITY = 64 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final byte[] buffer = new byte[CAPACITY];
    private int head;
    private int size;
    private boolean writerClosed;
    private boolean readerClosed;

    private final InputStream input = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            return LoopbackPipe.this.read(bytes, offset, length);
        }

        @Override
        public void close() {
            closeReader();
        }
    };

    private final OutputStream output = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            LoopbackPipe.this.write(bytes, offset, length);
        }

        @Override
        public void close() {
            closeWriter();
        }
    };

    InputStream input() {
        return input;
    }

    OutputStream output() {
        return output;
    }

    void closeWriter() {
        lock.lock();
        try {
            writerClosed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void closeReader() {
        lock.lock();
        try {
            readerClosed = true;
            size = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int read(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            while (size == 0 && !writerClosed && !readerClosed) {
                changed.awaitUninterruptibly();
            }
            if (size == 0) {
                return -1;
            }
            int n = Math.min(length, size);
            for (int i = 0; i < n; i++) {
                bytes[offset + i] = buffer[(head + i) % CAPACITY];
            }
            head = (head + n) % CAPACITY;
            size -= n;
            changed.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        int written = 0;
        lock.lock();
        try {
            while (written < length) {
                while (size == CAPACITY && !readerClosed && !writerClosed) {
                    changed.awaitUninterruptibly();
                }
                if (readerClosed) {
                    throw new IOException("Broken pipe: the peer has closed the connection");
                }
                if (writerClosed) {
                    throw new IOException("Socket closed: this end has closed the connection");
                }
                int n = Math.min(length - written, CAPACITY - size);
                for (int i = 0; i < n; i++) {
                    buffer[(head + size + i) % CAPACITY] = bytes[offset + written + i];
                }
                size += n;
                written += n;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
