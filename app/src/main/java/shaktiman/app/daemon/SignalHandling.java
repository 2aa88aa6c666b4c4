package shaktiman.app.daemon;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * SIGINT, SIGTERM and SIGHUP for the daemon (MI-52, MI-53): the first one starts the one graceful shutdown, a second
 * one during shutdown halts at once with exit 1. The JVM's default handling would exit 143 and block on a second
 * signal, so the handlers are installed with {@code sun.misc.Signal} (module {@code jdk.unsupported}).
 *
 * <p>{@code sun.misc.Signal} is reached reflectively: with {@code --release}, javac flags every direct use as
 * "internal proprietary API" with a warning no annotation can suppress, and the build treats warnings as errors.
 */
public final class SignalHandling {
    private static final System.Logger LOG = System.getLogger(SignalHandling.class.getName());
    private static final String[] SIGNALS = {"INT", "TERM", "HUP"};

    private final AtomicInteger received = new AtomicInteger();
    private volatile Consumer<String> onFirst = name -> Runtime.getRuntime().halt(0);

    private SignalHandling() {}

    /** Installs the handlers; until {@link #onShutdownSignal} is set, a first signal exits 0 at once. */
    public static SignalHandling install() {
        SignalHandling handling = new SignalHandling();
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Method getName = signalClass.getMethod("getName");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object handler = Proxy.newProxyInstance(
                    SignalHandling.class.getClassLoader(), new Class<?>[] {handlerClass}, (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            handling.handle("SIG" + getName.invoke(args[0]));
                            return null;
                        }
                        throw new AssertionError("SignalHandler has only handle(Signal); got " + method);
                    });
            for (String name : SIGNALS) {
                handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            }
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            LOG.log(System.Logger.Level.WARNING, "cannot install signal handlers; the JVM's defaults apply", cause);
        }
        return handling;
    }

    /** What the first signal does from now on; it runs on its own thread and receives the signal's name. */
    public void onShutdownSignal(Consumer<String> action) {
        this.onFirst = action;
    }

    private void handle(String name) {
        if (received.incrementAndGet() > 1) {
            // MI-53: a second signal during shutdown halts; the next lock holder cleans up.
            Runtime.getRuntime().halt(1);
        }
        Consumer<String> action = onFirst;
        Thread.ofPlatform().name("shutdown-signal").start(() -> action.accept(name));
    }
}
