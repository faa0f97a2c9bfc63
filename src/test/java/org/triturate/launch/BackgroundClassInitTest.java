package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The launcher initialises Quarkus's application class while the embedded database starts: the initialiser runs on
 * another thread, await() returns once it has run, and a failing initialiser fails again, with its cause, where the
 * class is used.
 */
class BackgroundClassInitTest {

    @Test
    void theInitialiserRunsOnAnotherThreadBeforeAwaitReturns() throws Exception {
        BackgroundClassInit.start(Initialised.class.getName(), getClass().getClassLoader())
                .await();

        assertNotEquals(Thread.currentThread().getName(), Initialised.THREAD);
        assertEquals("class-init", Initialised.THREAD);
    }

    @Test
    void aFailureShowsWhereTheClassIsUsed() throws Exception {
        BackgroundClassInit.start(Failing.class.getName(), getClass().getClassLoader())
                .await();

        NoClassDefFoundError used = assertThrows(NoClassDefFoundError.class, Failing::value);
        assertEquals(ExceptionInInitializerError.class, used.getCause().getClass());
    }

    @Test
    void aMissingClassLeavesTheLaunchToQuarkus() {
        assertDoesNotThrow(() -> BackgroundClassInit.start(
                        "org.triturate.NoSuchClass", getClass().getClassLoader())
                .await());
    }

    static final class Initialised {
        static final String THREAD = Thread.currentThread().getName();
    }

    static final class Failing {
        static final String VALUE = fail();

        static String value() {
            return VALUE;
        }

        private static String fail() {
            throw new IllegalStateException("static initialisation failed");
        }
    }
}
