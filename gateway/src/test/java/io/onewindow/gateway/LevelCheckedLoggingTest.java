package io.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LevelCheckedLoggingTest {

    private static final String LOGGER = "io.onewindow.gateway.LevelCheckedLoggingTest.lines";

    private final String before = System.getProperty(GatewayApplication.LOG_FACTORY_PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty(GatewayApplication.LOG_FACTORY_PROPERTY);
        } else {
            System.setProperty(GatewayApplication.LOG_FACTORY_PROPERTY, before);
        }
    }

    @Test
    void choosesTheLevelCheckingFactoryWhenNoneIsChosen() {
        System.clearProperty(GatewayApplication.LOG_FACTORY_PROPERTY);

        GatewayApplication.checkLogLevelsBeforeRendering();

        assertThat(System.getProperty(GatewayApplication.LOG_FACTORY_PROPERTY))
                .isEqualTo(Log4jApiLogFactory.class.getName());
    }

    @Test
    void keepsAFactoryChosenOnTheCommandLine() {
        System.setProperty(GatewayApplication.LOG_FACTORY_PROPERTY, "org.apache.commons.logging.impl.LogFactoryImpl");

        GatewayApplication.checkLogLevelsBeforeRendering();

        assertThat(System.getProperty(GatewayApplication.LOG_FACTORY_PROPERTY))
                .isEqualTo("org.apache.commons.logging.impl.LogFactoryImpl");
    }

    @Test
    void aDebugLineBelowTheLevelIsNeverRendered() {
        logbackLevel(Level.INFO);
        Log log = new Log4jApiLogFactory().getInstance(LOGGER);
        AtomicInteger rendered = new AtomicInteger();

        log.debug(renderCounting(rendered));

        assertThat(rendered).hasValue(0);
    }

    @Test
    void aDebugLineAtTheLevelIsStillWritten() {
        logbackLevel(Level.DEBUG);
        Log log = new Log4jApiLogFactory().getInstance(LOGGER);
        AtomicInteger rendered = new AtomicInteger();

        log.debug(renderCounting(rendered));

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
