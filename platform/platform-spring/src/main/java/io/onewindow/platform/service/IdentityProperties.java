package io.onewindow.platform.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's identity settings ({@code onewindow.identity.*}).
 *
 * @param pseudonymKey the one key of the identity pseudonyms in events and stored data (ID
 *     numbers, credit codes, devices); every service that writes or matches pseudonyms must have
 *     the same one (env {@value #PSEUDONYM_KEY_VARIABLE}); at least 16 characters; the default is
 *     the local run's demo key. For one release the key's former variable
 *     {@value #LEGACY_PSEUDONYM_KEY_VARIABLE} is still read when this one is not set (see
 *     {@link ServiceAutoConfiguration}).
 * @param pseudonymKeys the key in versions, for a rotation (env {@value #PSEUDONYM_KEYS_VARIABLE}):
 *     {@code <id>:<secret>,<id>:<secret>…}, the current one first (e.g. {@code v2:<new>,v1:<old>});
 *     new pseudonyms are made under the first, and callers are matched under any
 *     ({@link io.onewindow.platform.identity.IdentityPseudonyms#ofVersions}); when set it is used
 *     instead of {@code pseudonymKey}; not set by default
 */
@ConfigurationProperties("onewindow.identity")
public record IdentityProperties(
        @DefaultValue(IdentityProperties.DEMO_PSEUDONYM_KEY) String pseudonymKey, String pseudonymKeys) {

    /** The local run's key; a warning is logged when a deployment keeps it. */
    public static final String DEMO_PSEUDONYM_KEY = "onewindow-local-demo-salt-change-me";

    /** The property of the key. */
    public static final String PSEUDONYM_KEY_PROPERTY = "onewindow.identity.pseudonym-key";

    /** The property of the versioned keys. */
    public static final String PSEUDONYM_KEYS_PROPERTY = "onewindow.identity.pseudonym-keys";

    /** The environment variable that sets {@value #PSEUDONYM_KEYS_PROPERTY} by relaxed binding. */
    public static final String PSEUDONYM_KEYS_VARIABLE = "ONEWINDOW_IDENTITY_PSEUDONYM_KEYS";

    /** The environment variable that sets {@value #PSEUDONYM_KEY_PROPERTY} by relaxed binding. */
    public static final String PSEUDONYM_KEY_VARIABLE = "ONEWINDOW_IDENTITY_PSEUDONYM_KEY";

    /**
     * The key's former variable, from when only the appointment service had it: read, with a
     * warning, when {@value #PSEUDONYM_KEY_PROPERTY} is not set. To be removed in the next release.
     */
    public static final String LEGACY_PSEUDONYM_KEY_VARIABLE = "ONEWINDOW_APPOINTMENT_HASH_SALT";
}
