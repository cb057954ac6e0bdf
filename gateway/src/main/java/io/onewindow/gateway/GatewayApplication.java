package io.onewindow.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one entrance to OneWindow: routes, token check, rate limits and circuit breakers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** Apache Commons Logging's choice of implementation (its {@code LogFactory.FACTORY_PROPERTY}). */
    static final String LOG_FACTORY_PROPERTY = "org.apache.commons.logging.LogFactory";

    /** Commons Logging over the Log4j API, which checks the level before a message is rendered. */
    static final String LEVEL_CHECKING_LOG_FACTORY = "org.apache.commons.logging.impl.Log4jApiLogFactory";

    public static void main(String[] args) {
        checkLogLevelsBeforeRendering();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Spring 7 logs through Apache Commons Logging, whose SLF4J adapter renders every message before
     * SLF4J looks at the level: each lazy {@code LogMessage.format(...)} debug line of Spring Security
     * (one per path matcher tried, on every request) was formatted and thrown away, about an eighth of
     * the gateway's allocations per proxied request. Its Log4j API adapter asks the level first; the
     * Log4j API goes on to SLF4J and Logback as before (log4j-to-slf4j), so the same lines are written
     * with the same levels. A choice made on the command line ({@code -Dorg.apache.commons.logging.LogFactory})
     * is kept. Called before anything logs.
     */
    static void checkLogLevelsBeforeRendering() {
        if (System.getProperty(LOG_FACTORY_PROPERTY) == null) {
            System.setProperty(LOG_FACTORY_PROPERTY, LEVEL_CHECKING_LOG_FACTORY);
        }
    }
}
