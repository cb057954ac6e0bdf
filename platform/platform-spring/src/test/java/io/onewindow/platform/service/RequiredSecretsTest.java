package io.onewindow.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.service.RequiredSecrets.InsecureSecretsException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Secrets fail closed: outside the local demo run a service whose declared secret is missing or a
 * published demo value does not start, and the failure names each setting and its variable (never
 * a value). Variables are given as the operating system gives them.
 */
class RequiredSecretsTest {

    private static final String PSEUDONYM = "onewindow.identity.pseudonym-key";
    private static final String MASTER_KEY = "onewindow.license.master-key";
    private static final String CLIENT_SECRET = "onewindow.license.approval.client-secret";

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServiceAutoConfiguration.class));

    @Test
    void refusesToStartWithoutTheDeclaredSecretsNamingEachSettingAndVariable() {
        declaring(PSEUDONYM, MASTER_KEY).run(context -> {
            assertThat(context).hasFailed();
            InsecureSecretsException failure = refusal(context.getStartupFailure());
            assertThat(failure.problems())
                    .containsExactly(
                            "onewindow.identity.pseudonym-key (env ONEWINDOW_IDENTITY_PSEUDONYM_KEY) is not set: the"
                                    + " service would run on the public demo value (or its versions,"
                                    + " ONEWINDOW_IDENTITY_PSEUDONYM_KEYS)",
                            "onewindow.license.master-key (env ONEWINDOW_LICENSE_MASTER_KEY) is not set: the service"
                                    + " would run on the public demo value");
            assertThat(failure.getMessage()).contains("outside the local demo run (Spring profile local)");
        });
    }

    @Test
    void refusesThePublishedDemoValuesWithoutQuotingThem() {
        declaring(PSEUDONYM, MASTER_KEY, CLIENT_SECRET)
                .withInitializer(variables(Map.of(
                        "ONEWINDOW_IDENTITY_PSEUDONYM_KEY", IdentityProperties.DEMO_PSEUDONYM_KEY,
                        "ONEWINDOW_LICENSE_MASTER_KEY", "REVNTy1PTkxZLWxpY2Vuc2UtbWFzdGVyLWtleS0zMmI=",
                        "ONEWINDOW_LICENSE_APPROVAL_CLIENT_SECRET", "e-license-service-demo-secret")))
                .run(context -> {
                    InsecureSecretsException failure = refusal(context.getStartupFailure());
                    assertThat(failure.problems())
                            .hasSize(3)
                            .allSatisfy(problem -> assertThat(problem).contains("is a public demo value"));
                    assertThat(failure.problems().get(2))
                            .startsWith(CLIENT_SECRET + " (env ONEWINDOW_LICENSE_APPROVAL_CLIENT_SECRET)");
                    assertThat(failure.getMessage())
                            .doesNotContain(IdentityProperties.DEMO_PSEUDONYM_KEY)
                            .doesNotContain("e-license-service-demo-secret");
                });
    }

    @Test
    void aBlankValueIsMissing() {
        declaring(MASTER_KEY)
                .withPropertyValues(MASTER_KEY + "= ")
                .run(context -> assertThat(refusal(context.getStartupFailure()).problems())
                        .containsExactly(
                                "onewindow.license.master-key (env ONEWINDOW_LICENSE_MASTER_KEY) is not set: the"
                                        + " service would run on the public demo value"));
    }

    @Test
    void startsWithRealSecrets() {
        declaring(PSEUDONYM, MASTER_KEY)
                .withInitializer(variables(Map.of(
                        "ONEWINDOW_IDENTITY_PSEUDONYM_KEY", "a-real-secret-0123456789",
                        "ONEWINDOW_LICENSE_MASTER_KEY", "c29tZS1yZWFsLTMyLWJ5dGUtbWFzdGVyLWtleSEhISE=")))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void thePseudonymKeyMayComeAsVersionsOrFromTheFormerVariableButNoVersionMayBePublic() {
        declaring(PSEUDONYM)
                .withInitializer(variables(Map.of(
                        "ONEWINDOW_IDENTITY_PSEUDONYM_KEYS", "v2:a-real-secret-0123456789,v1:older-secret-0123456789")))
                .run(context -> assertThat(context).hasNotFailed());
        declaring(PSEUDONYM)
                .withInitializer(variables(Map.of("ONEWINDOW_APPOINTMENT_HASH_SALT", "an-old-real-salt-0123456789")))
                .run(context -> assertThat(context).hasNotFailed());
        declaring(PSEUDONYM)
                .withInitializer(variables(Map.of(
                        "ONEWINDOW_IDENTITY_PSEUDONYM_KEYS",
                        "v2:a-real-secret-0123456789,v1:" + IdentityProperties.DEMO_PSEUDONYM_KEY)))
                .run(context -> assertThat(refusal(context.getStartupFailure()).problems())
                        .containsExactly("onewindow.identity.pseudonym-keys (env ONEWINDOW_IDENTITY_PSEUDONYM_KEYS):"
                                + " version v1 is a public demo value published in the OneWindow repository; set a"
                                + " secret"));
        declaring(PSEUDONYM)
                .withInitializer(variables(Map.of("ONEWINDOW_IDENTITY_PSEUDONYM_KEYS", "no-version-0123456789")))
                .run(context -> assertThat(refusal(context.getStartupFailure()).problems())
                        .singleElement()
                        .asString()
                        .contains("is malformed")
                        .doesNotContain("0123456789"));
    }

    @Test
    void theLocalDemoRunStartsOnTheDemoValues() {
        declaring(PSEUDONYM, MASTER_KEY)
                .withPropertyValues("spring.profiles.active=local")
                .run(context -> assertThat(context).hasNotFailed());
        declaring(PSEUDONYM, MASTER_KEY)
                .withInitializer(variables(Map.of("SPRING_PROFILES_ACTIVE", "dev,local")))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aServiceThatDeclaresNoSecretStartsAnywhere() {
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theStartUpReportNamesTheSettingsAndTheWayOut() {
        declaring(MASTER_KEY).run(context -> {
            FailureAnalysis analysis = new InsecureSecretsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                    .contains("onewindow.license.master-key (env ONEWINDOW_LICENSE_MASTER_KEY)");
            assertThat(analysis.getAction())
                    .contains("SPRING_PROFILES_ACTIVE=local")
                    .contains("docs/security.md");
        });
    }

    private ApplicationContextRunner declaring(String... properties) {
        return runner.withPropertyValues("onewindow.secrets.required=" + String.join(",", properties));
    }

    private static InsecureSecretsException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InsecureSecretsException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("not refused for its secrets", failure);
    }

    /** The variables as the process environment, in front of everything else, as in a container. */
    private static org.springframework.context.ApplicationContextInitializer<
                    org.springframework.context.ConfigurableApplicationContext>
            variables(Map<String, Object> variables) {
        return context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME + "-test", variables));
    }
}
