package io.onewindow.platform.service;

import io.onewindow.platform.identity.IdentityPseudonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Secrets fail closed: outside the local demo run a service does not start while one of the secrets
 * it declares ({@code onewindow.secrets.required}) is not set — it would run on the public demo
 * value its settings default to — or is set to a value published in this repository (the demo keys
 * of the code, the realm's demo client secrets). The failure names every offending setting and its
 * environment variable, never a value.
 *
 * <p>The local demo run is the Spring profile {@value #LOCAL_PROFILE}: {@code deploy/local.sh},
 * platform-test's {@code PlatformProcesses} (system tests, bench) and the services' tests activate
 * it ({@code SPRING_PROFILES_ACTIVE=local}); production manifests never do. Under it the demo values
 * are allowed, with the warnings the settings already log.
 */
public final class RequiredSecrets {

    /** The profile of the local demo run. */
    public static final String LOCAL_PROFILE = "local";

    /** The base64 demo license master key of e-license-service's settings. */
    static final String DEMO_LICENSE_MASTER_KEY = "REVNTy1PTkxZLWxpY2Vuc2UtbWFzdGVyLWtleS0zMmI=";

    /** Values published in this repository: never a secret, wherever they are given. */
    static final Set<String> PUBLIC_DEMO_VALUES = Set.of(
            IdentityProperties.DEMO_PSEUDONYM_KEY,
            DEMO_LICENSE_MASTER_KEY,
            "onewindow-wechat-demo-secret",
            "partner-tax-demo-secret",
            "partner-housing-demo-secret",
            "partner-discipline-demo-secret",
            "e-license-service-demo-secret",
            "onewindow-identity-confirmer-demo-secret");

    private RequiredSecrets() {}

    /** Whether the environment is the local demo run. */
    public static boolean isLocalRun(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE));
    }

    /**
     * Refuses to go on when a declared secret is missing or public, outside the local run.
     *
     * @throws InsecureSecretsException naming each offending setting and its variable
     */
    public static void check(Environment environment, List<String> required) {
        if (isLocalRun(environment)) {
            return;
        }
        List<String> problems = problems(environment, required);
        if (!problems.isEmpty()) {
            throw new InsecureSecretsException(problems);
        }
    }

    /** What is wrong with the declared secrets, one line per setting (empty when all are set). */
    static List<String> problems(Environment environment, List<String> required) {
        List<String> problems = new ArrayList<>();
        for (String property : required) {
            String name = property.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(IdentityProperties.PSEUDONYM_KEY_PROPERTY)) {
                pseudonymKey(environment, problems);
                continue;
            }
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                problems.add(missing(name, variable(name)));
            } else if (isPublic(value)) {
                problems.add(published(name, variable(name)));
            }
        }
        return problems;
    }

    /**
     * The pseudonym key may be given three ways: its versions ({@code
     * ONEWINDOW_IDENTITY_PSEUDONYM_KEYS}, which win), the single key, or for one more release the
     * former variable; whichever is used must be set and none of its versions public.
     */
    private static void pseudonymKey(Environment environment, List<String> problems) {
        String versions = environment.getProperty(IdentityProperties.PSEUDONYM_KEYS_PROPERTY);
        if (versions != null && !versions.isBlank()) {
            List<IdentityPseudonyms.Key> keys;
            try {
                keys = IdentityPseudonyms.parseVersions(versions);
            } catch (IllegalArgumentException e) {
                problems.add(IdentityProperties.PSEUDONYM_KEYS_PROPERTY + " (env "
                        + IdentityProperties.PSEUDONYM_KEYS_VARIABLE + ") is malformed: " + e.getMessage());
                return;
            }
            for (IdentityPseudonyms.Key key : keys) {
                if (isPublic(key.secret())) {
                    problems.add(IdentityProperties.PSEUDONYM_KEYS_PROPERTY + " (env "
                            + IdentityProperties.PSEUDONYM_KEYS_VARIABLE + "): version " + key.id()
                            + " is a public demo value published in the OneWindow repository; set a secret");
                }
            }
            return;
        }
        String key = environment.getProperty(IdentityProperties.PSEUDONYM_KEY_PROPERTY);
        if (key == null || key.isBlank()) {
            key = environment.getProperty(IdentityProperties.LEGACY_PSEUDONYM_KEY_VARIABLE);
        }
        if (key == null || key.isBlank()) {
            problems.add(missing(IdentityProperties.PSEUDONYM_KEY_PROPERTY, IdentityProperties.PSEUDONYM_KEY_VARIABLE)
                    + " (or its versions, " + IdentityProperties.PSEUDONYM_KEYS_VARIABLE + ")");
        } else if (isPublic(key)) {
            problems.add(
                    published(IdentityProperties.PSEUDONYM_KEY_PROPERTY, IdentityProperties.PSEUDONYM_KEY_VARIABLE));
        }
    }

    /** A value published in this repository: one of the known demo values, or a realm demo client secret. */
    static boolean isPublic(String value) {
        String trimmed = value.strip();
        return PUBLIC_DEMO_VALUES.contains(trimmed)
                || trimmed.toLowerCase(Locale.ROOT).endsWith("-demo-secret");
    }

    /** The environment variable that sets {@code property} (dots and dashes to underscores, upper case). */
    static String variable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String missing(String property, String variable) {
        return property + " (env " + variable + ") is not set: the service would run on the public demo value";
    }

    private static String published(String property, String variable) {
        return property + " (env " + variable
                + ") is a public demo value published in the OneWindow repository; set a secret";
    }

    /** A service refused to start because of its secrets. */
    public static final class InsecureSecretsException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final List<String> problems;

        InsecureSecretsException(List<String> problems) {
            super("refusing to start outside the local demo run (Spring profile " + LOCAL_PROFILE
                    + ") with missing or public secrets:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        /** One line per offending setting, naming it and its environment variable. */
        public List<String> problems() {
            return problems;
        }
    }
}
