package io.onewindow.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.identity.IdentityPseudonyms;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Where the platform's pseudonym key comes from: {@code ONEWINDOW_IDENTITY_PSEUDONYM_KEY}, for one
 * release still the former {@code ONEWINDOW_APPOINTMENT_HASH_SALT}, else the demo key; each
 * fallback says so in the log. The variables are given as the operating system gives them, so
 * the relaxed binding of the new name is what is tested.
 */
@ExtendWith(OutputCaptureExtension.class)
class PseudonymKeyTest {

    private static final String NEW_KEY = "the-new-platform-secret-0123456789";
    private static final String OLD_KEY = "the-old-appointment-salt-0123456789";
    private static final String ID_NUMBER = "11010519491231002X";

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServiceAutoConfiguration.class));

    @Test
    void theFormerVariableAloneIsStillReadWithAWarningNamingTheNewOne(CapturedOutput output) {
        withEnvironment(Map.of("ONEWINDOW_APPOINTMENT_HASH_SALT", OLD_KEY)).run(context -> {
            assertThat(context.getBean(IdentityPseudonyms.class).ofIdNumber(ID_NUMBER))
                    .isEqualTo(new IdentityPseudonyms(OLD_KEY).ofIdNumber(ID_NUMBER));
        });

        assertThat(output)
                .contains("ONEWINDOW_APPOINTMENT_HASH_SALT, which is deprecated")
                .contains("set ONEWINDOW_IDENTITY_PSEUDONYM_KEY")
                .doesNotContain("is the demo value");
    }

    @Test
    void theNewVariableWinsOverTheFormerOneWithoutAWarning(CapturedOutput output) {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("ONEWINDOW_APPOINTMENT_HASH_SALT", OLD_KEY);
        both.put("ONEWINDOW_IDENTITY_PSEUDONYM_KEY", NEW_KEY);

        withEnvironment(both).run(context -> {
            assertThat(context.getBean(IdentityProperties.class).pseudonymKey()).isEqualTo(NEW_KEY);
            assertThat(context.getBean(IdentityPseudonyms.class).ofIdNumber(ID_NUMBER))
                    .isEqualTo(new IdentityPseudonyms(NEW_KEY).ofIdNumber(ID_NUMBER));
        });

        assertThat(output).doesNotContain("deprecated").doesNotContain("is the demo value");
    }

    @Test
    void theNewVariableAloneIsTheKeyWithoutAWarning(CapturedOutput output) {
        withEnvironment(Map.of("ONEWINDOW_IDENTITY_PSEUDONYM_KEY", NEW_KEY)).run(context -> {
            assertThat(context.getBean(IdentityPseudonyms.class).ofIdNumber(ID_NUMBER))
                    .isEqualTo(new IdentityPseudonyms(NEW_KEY).ofIdNumber(ID_NUMBER));
        });

        assertThat(output).doesNotContain("deprecated").doesNotContain("is the demo value");
    }

    @Test
    void withNeitherTheDemoKeyIsUsedAndTheDemoWarningNamesTheNewVariable(CapturedOutput output) {
        withEnvironment(Map.of()).run(context -> {
            assertThat(context.getBean(IdentityProperties.class).pseudonymKey())
                    .isEqualTo(IdentityProperties.DEMO_PSEUDONYM_KEY);
            assertThat(context.getBean(IdentityPseudonyms.class).ofIdNumber(ID_NUMBER))
                    .isEqualTo(new IdentityPseudonyms(IdentityProperties.DEMO_PSEUDONYM_KEY).ofIdNumber(ID_NUMBER));
        });

        assertThat(output)
                .contains("onewindow.identity.pseudonym-key is the demo value: set ONEWINDOW_IDENTITY_PSEUDONYM_KEY")
                .doesNotContain("deprecated");
    }

    @Test
    void theVersionedKeysWinAndMatchPseudonymsOfEveryVersion(CapturedOutput output) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ONEWINDOW_IDENTITY_PSEUDONYM_KEY", OLD_KEY);
        variables.put("ONEWINDOW_IDENTITY_PSEUDONYM_KEYS", "v2:" + NEW_KEY + ",v1:" + OLD_KEY);

        withEnvironment(variables).run(context -> {
            IdentityPseudonyms pseudonyms = context.getBean(IdentityPseudonyms.class);
            assertThat(pseudonyms.ofIdNumber(ID_NUMBER))
                    .isEqualTo(new IdentityPseudonyms(NEW_KEY).ofIdNumber(ID_NUMBER));
            assertThat(pseudonyms.matches(
                            new IdentityPseudonyms(OLD_KEY).ofIdNumber(ID_NUMBER), p -> p.ofIdNumber(ID_NUMBER)))
                    .isTrue();
        });

        assertThat(output)
                .contains("identity pseudonyms are made under key v2 and matched under [v2, v1]")
                .doesNotContain(NEW_KEY)
                .doesNotContain("is the demo value");
    }

    @Test
    void aServiceThatNeverAsksForPseudonymsDoesNotWarn(CapturedOutput output) {
        withEnvironment(Map.of("ONEWINDOW_APPOINTMENT_HASH_SALT", OLD_KEY)).run(context -> {
            assertThat(context).hasNotFailed();
        });

        assertThat(output).doesNotContain("deprecated").doesNotContain("is the demo value");
    }

    /** The variables as the process environment, in front of everything else, as in a container. */
    private ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
        return runner.withInitializer(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME + "-test", variables)));
    }
}
