package io.onewindow.console.config;

import java.util.Arrays;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the local demo run (Spring profile {@code local}) the console refuses to start with the
 * realm file's public demo client secret, as the services refuse their demo secrets.
 */
@Component
class ConsoleSecrets implements InitializingBean {

    private final Environment environment;
    private final ConsoleSettings settings;

    ConsoleSecrets(Environment environment, ConsoleSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        boolean local = Arrays.asList(environment.getActiveProfiles()).contains("local");
        String secret = settings.login().clientSecret();
        if (!local && (secret.isBlank() || secret.endsWith("-demo-secret") || secret.length() < 32)) {
            throw new IllegalStateException("CONSOLE_CLIENT_SECRET must be set to the onewindow-console client's secret"
                    + " (at least 32 characters, not the realm file's demo value) outside the local profile");
        }
    }
}
