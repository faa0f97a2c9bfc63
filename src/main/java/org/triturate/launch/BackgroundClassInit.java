package org.triturate.launch;

import org.jboss.logging.Logger;

/**
 * Initialises a class on a thread of its own while the caller does something else, so that the two overlap on a
 * machine with more than one core. The launcher uses it for Quarkus's static initialisation (the generated
 * application class: CDI container, Hibernate metamodel, REST routes), which reads no runtime configuration and
 * therefore need not wait for the embedded database. A failure is only logged here: the class then fails again,
 * with the same cause, where it is really used.
 */
public final class BackgroundClassInit {

    private static final Logger LOG = Logger.getLogger(BackgroundClassInit.class);

    private final Thread thread;

    private BackgroundClassInit(Thread thread) {
        this.thread = thread;
    }

    /** Starts initialising {@code className} with {@code loader} (the caller's context class loader, usually). */
    public static BackgroundClassInit start(String className, ClassLoader loader) {
        Thread thread = new Thread(() -> initialise(className, loader), "class-init");
        thread.setContextClassLoader(loader);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundClassInit(thread);
    }

    private static void initialise(String className, ClassLoader loader) {
        try {
            Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debugf("Initialising %s in the background failed (%s); it is retried where it is used", className, e);
        }
    }

    /** Waits until the initialisation has finished, whether it succeeded or not. */
    public void await() throws InterruptedException {
        thread.join();
    }
}
