package shaktiman.testkit.fake;

import java.util.OptionalLong;

/** What the kernel would report about one end of a loopback connection (SO_PEERCRED). */
record LoopbackCredentials(OptionalLong uid, OptionalLong pid) {}
