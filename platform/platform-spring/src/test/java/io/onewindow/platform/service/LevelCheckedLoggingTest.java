package io.onewindow.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Spring's log lines (Apache Commons Logging) are rendered only when their level is on. */
class LevelCheckedLoggingTest {

    private static final String LOGGER = "io.onewindow.platform.service.LevelCheckedLoggingTest.lines";

    @Test
    void commonsLoggingUsesTheLevelCheckingLog4jApiFactoryNamedOnTheClassPath() {
        assertThat(System.getProperty(LogFactory.FACTORY_PROPERTY)).isNull();

        assertThat(LogFactory.getFactory()).isInstanceOf(Log4jApiLogFactory.class);
    }

    @Test
    void aDebugLineBelowTheLevelIsNeverRendered() {
        logbackLevel(Level.INFO);
        AtomicInteger rendered = new AtomicInteger();

        LogFactory.getLog(LOGGER).debug(renderCounting(rendered));

        assertThat(rendered).hasValue(0);
    }

    @Test
    void aDebugLineAtItsLevelIsStillRenderedForLogback() {
        logbackLevel(Level.DEBUG);
        AtomicInteger rendered = new AtomicInteger();
        Log log = LogFactory.getLog(LOGGER);

        log.debug(renderCounting(rendered));

        assertThat(log.isDebugEnabled()).isTrue();
        assertThat(rendered.get()).isPositive();
    }

    private static void logbackLevel(Level level) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LOGGER)).setLevel(level);
    }

    private static Object renderCounting(AtomicInteger rendered) {
        return new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return "a debug line";
            }
        };
    }
}
