package io.onewindow.platform.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's identity settings ({@code onewindow.identity.*}).
 *
 * @param pseudonymKey the one key of the identity pseudonyms in events and stored data (ID
 *     numbers, credit codes, devices); every service that writes or matches pseudonyms must have
 *     the same one (env {@code ONEWINDOW_APPOINTMENT_HASH_SALT} in each service's
 *     {@code application.yml}); at least 16 characters; the default is the local run's demo key
 */
@ConfigurationProperties("onewindow.identity")
public record IdentityProperties(
        @DefaultValue(IdentityProperties.DEMO_PSEUDONYM_KEY) String pseudonymKey) {

    /** The local run's key; a warning is logged when a deployment keeps it. */
    public static final String DEMO_PSEUDONYM_KEY = "onewindow-local-demo-salt-change-me";
}
