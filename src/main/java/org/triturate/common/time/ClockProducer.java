package org.triturate.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.triturate.common.config.TriturateConfig;

/** One clock for the whole service, in the pharmacy's time zone, so that "today" means the same everywhere. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(TriturateConfig config) {
        return Clock.system(config.timeZone());
    }
}
