package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verifies that the leader closes a connection from another uid without a byte exchanged: §10 scenario 29. The test
 * cannot switch users, so the leader is told to take its own uid for another one ({@code ownUid}, a test hook) and a
 * real same-uid connection then stands for a foreign one.
 */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PeerCredentialsIT {

    // Scenario 29 (MI-17)
    @Test
    void leader_onConnectionFromAnotherUid_closesItSilentlyAndLogsIt(Daemons daemons) throws IOException {
        int myUid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid", LinkOption.NOFOLLOW_LINKS);
        DaemonProcess a = daemons.startLeader(daemons.daemon().hooks("ownUid=" + (myUid + 1)));

        long received;
        try (SocketChannel channel =
                SocketChannel.open(UnixDomainSocketAddress.of(daemons.layout().socketPath()))) {
            received = bytesUntilClosed(channel, Daemons.SHORT);
        }

        assertThat(received).as("bytes the leader sent before closing").isZero();
        LogRecord rejection = daemons.state().awaitLog(a.pid(), "rejected connection from uid", Daemons.SHORT);
        assertThat(rejection.msg()).contains("uid " + myUid);
    }

    /** Reads until the peer closes (EOF or reset) and returns how many bytes came; fails if it stays open. */
    private static long bytesUntilClosed(SocketChannel channel, Duration deadline) throws IOException {
        channel.configureBlocking(false);
        long received = 0;
        long end = System.nanoTime() + deadline.toNanos();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("the leader kept the connection open for " + deadline.toMillis() + " ms");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int n;
                try {
                    n = channel.read(buffer.clear());
                } catch (IOException e) {
                    // A reset is also a close: what counts is that nothing was sent first.
                    return received;
                }
                if (n < 0) {
                    return received;
                }
                received += n;
            }
        }
    }
}
