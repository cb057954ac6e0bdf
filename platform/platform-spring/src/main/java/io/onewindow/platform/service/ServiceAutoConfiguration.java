package io.onewindow.platform.service;

import io.onewindow.platform.identity.IdentityPseudonyms;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The service's identity, the one {@link Clock} every use case takes its time from, the
 * platform's keyed {@link IdentityPseudonyms} and the start-up check of the service's secrets
 * ({@link RequiredSecrets}); the working-day calendar comes from {@code CalendarAutoConfiguration}.
 */
@AutoConfiguration
@EnableConfigurationProperties({ServiceProperties.class, IdentityProperties.class, SecretsProperties.class})
public class ServiceAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAutoConfiguration.class);

    /**
     * Outside the local demo run (profile {@value RequiredSecrets#LOCAL_PROFILE}) the service does
     * not start while a secret it declares in {@code onewindow.secrets.required} is missing or public.
     */
    @Bean
    InitializingBean requiredSecretsCheck(Environment environment, SecretsProperties secrets) {
        return () -> RequiredSecrets.check(environment, secrets.required());
    }

    /**
     * Tests replace it with a fixed or steppable clock; code never calls {@code now()} without it.
     * With {@code onewindow.clock.offset-file} set (system tests only) it runs shifted by the
     * duration written in that file; see {@link OffsetFileClock}.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(ServiceProperties properties, Environment environment) {
        Clock system = Clock.system(properties.timeZone());
        String offsetFile = environment.getProperty("onewindow.clock.offset-file", "");
        return offsetFile.isBlank() ? system : new OffsetFileClock(system, Path.of(offsetFile));
    }

    /**
     * The pseudonyms of ID numbers, credit codes and devices under the platform's one key
     * ({@code onewindow.identity.pseudonym-key}, see {@link #pseudonymKey}), or under its versions
     * during a rotation ({@code onewindow.identity.pseudonym-keys}, which wins). Lazy: only services
     * that write or match pseudonyms create it, and only they warn about the demo or the former
     * variable.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    IdentityPseudonyms identityPseudonyms(IdentityProperties properties, Environment environment) {
        if (properties.pseudonymKeys() != null && !properties.pseudonymKeys().isBlank()) {
            IdentityPseudonyms versions = IdentityPseudonyms.ofVersions(properties.pseudonymKeys());
            LOG.info(
                    "identity pseudonyms are made under key {} and matched under {} ({})",
                    versions.currentKeyId(),
                    versions.keyIds(),
                    IdentityProperties.PSEUDONYM_KEYS_VARIABLE);
            return versions;
        }
        return new IdentityPseudonyms(pseudonymKey(properties, environment));
    }

    /**
     * The key of the pseudonyms: {@value IdentityProperties#PSEUDONYM_KEY_PROPERTY} when it is set
     * (env {@value IdentityProperties#PSEUDONYM_KEY_VARIABLE}); otherwise, for one release, the
     * former variable {@value IdentityProperties#LEGACY_PSEUDONYM_KEY_VARIABLE} with a warning
     * naming the new one; otherwise the demo key, with a warning.
     */
    static String pseudonymKey(IdentityProperties properties, Environment environment) {
        String legacy = environment.getProperty(IdentityProperties.LEGACY_PSEUDONYM_KEY_VARIABLE);
        if (!environment.containsProperty(IdentityProperties.PSEUDONYM_KEY_PROPERTY)
                && legacy != null
                && !legacy.isBlank()) {
            LOG.warn(
                    "the pseudonym key is read from {}, which is deprecated and will no longer be read in the"
                            + " next release: set {} (onewindow.identity.pseudonym-key) to the same value instead",
                    IdentityProperties.LEGACY_PSEUDONYM_KEY_VARIABLE,
                    IdentityProperties.PSEUDONYM_KEY_VARIABLE);
            return legacy;
        }
        if (IdentityProperties.DEMO_PSEUDONYM_KEY.equals(properties.pseudonymKey())) {
            LOG.warn(
                    "onewindow.identity.pseudonym-key is the demo value: set {} to the platform's secret outside"
                            + " the local run, or pseudonyms in events can be recomputed from ID numbers",
                    IdentityProperties.PSEUDONYM_KEY_VARIABLE);
        }
        return properties.pseudonymKey();
    }
}
