package io.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Spring's log lines (Apache Commons Logging) are rendered in the gateway only when their level is
 * on: its {@code commons-logging.properties} names the level-checking factory, as platform-spring's
 * does for the services (whose {@code LevelCheckedLoggingTest} shows that a line at its level is
 * still written). Without the file both tests fail.
 */
class LevelCheckedLoggingTest {

    private static final String LOGGER = "io.onewindow.gateway.LevelCheckedLoggingTest.lines";

    @Test
    void commonsLoggingUsesTheLevelCheckingFactoryNamedInTheGatewaysResources() {
        assertThat(System.getProperty(LogFactory.FACTORY_PROPERTY)).isNull();

        assertThat(LogFactory.getFactory()).isInstanceOf(Log4jApiLogFactory.class);
    }

    @Test
    void aDebugLineBelowTheLevelIsNeverRendered() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LOGGER)).setLevel(Level.INFO);
        AtomicInteger rendered = new AtomicInteger();

        LogFactory.getLog(LOGGER).debug(new Object() {
            @Override
            public String toString() {
                return "a debug line, rendered " + rendered.incrementAndGet() + " times";
            }
        });

        assertThat(rendered).hasValue(0);
    }
}
