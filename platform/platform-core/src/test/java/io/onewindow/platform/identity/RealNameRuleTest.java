package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RealNameRuleTest {

    private final RealNameRule defaults = new RealNameRule(Map.of());

    @Test
    void bookingNeedsOnlyASelfDeclaredAccount() {
        assertThat(defaults.required(RealNameRule.BOOKING)).isEqualTo(RealNameLevel.SELF_DECLARED);
        assertThat(defaults.allows(RealNameRule.BOOKING, RealNameLevel.SELF_DECLARED))
                .isTrue();
        assertThat(defaults.allows(RealNameRule.BOOKING, null)).isTrue();
    }

    @Test
    void filingNeedsAWindowConfirmationAndASelfDeclaredAccountIsRefused() {
        assertThat(defaults.allows(RealNameRule.FILING, RealNameLevel.SELF_DECLARED))
                .isFalse();
        assertThat(defaults.allows(RealNameRule.FILING, RealNameLevel.WINDOW_CONFIRMED))
                .isTrue();
        assertThat(defaults.allows(RealNameRule.FILING, RealNameLevel.AUTHORITATIVE))
                .isTrue();
    }

    @Test
    void theLicenseWalletNeedsAWindowConfirmationAndASelfDeclaredAccountIsRefused() {
        assertThat(defaults.allows(RealNameRule.LICENSE_WALLET, RealNameLevel.SELF_DECLARED))
                .isFalse();
        assertThat(defaults.allows(RealNameRule.LICENSE_WALLET, RealNameLevel.WINDOW_CONFIRMED))
                .isTrue();
    }

    @Test
    void aSettingRaisesOrLowersOneActionAndLeavesTheOthersAtTheirDefaults() {
        RealNameRule strict = new RealNameRule(Map.of(RealNameRule.FILING, RealNameLevel.AUTHORITATIVE));
        assertThat(strict.allows(RealNameRule.FILING, RealNameLevel.WINDOW_CONFIRMED))
                .isFalse();
        assertThat(strict.allows(RealNameRule.FILING, RealNameLevel.AUTHORITATIVE))
                .isTrue();
        assertThat(strict.allows(RealNameRule.BOOKING, RealNameLevel.SELF_DECLARED))
                .isTrue();

        RealNameRule lenient = new RealNameRule(Map.of(RealNameRule.LICENSE_WALLET, RealNameLevel.SELF_DECLARED));
        assertThat(lenient.allows(RealNameRule.LICENSE_WALLET, RealNameLevel.SELF_DECLARED))
                .isTrue();
        assertThat(lenient.allows(RealNameRule.FILING, RealNameLevel.SELF_DECLARED))
                .isFalse();
    }

    @Test
    void anActionIsNamedAsAnEnvironmentVariableBindsItAndAnUnknownActionIsRefused() {
        RealNameRule fromEnvironment = new RealNameRule(Map.of("license.wallet", RealNameLevel.AUTHORITATIVE));
        assertThat(fromEnvironment.required(RealNameRule.LICENSE_WALLET)).isEqualTo(RealNameLevel.AUTHORITATIVE);
        assertThatThrownBy(() -> new RealNameRule(Map.of("filling", RealNameLevel.AUTHORITATIVE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filling");
    }

    @Test
    void theRefusalNamesTheRequiredAndTheHeldLevel() {
        assertThatThrownBy(() -> defaults.check(RealNameRule.FILING, RealNameLevel.SELF_DECLARED))
                .isInstanceOfSatisfying(RealNameLevelInsufficientException.class, e -> {
                    assertThat(e.code()).isEqualTo("real-name-level-insufficient");
                    assertThat(e.required()).isEqualTo(RealNameLevel.WINDOW_CONFIRMED);
                    assertThat(e.held()).isEqualTo(RealNameLevel.SELF_DECLARED);
                    assertThat(e.arguments()).containsExactly("window-confirmed", "self-declared", "filing");
                });
    }

    @Test
    void aClaimThatIsMissingOrUnknownCountsAsSelfDeclared() {
        assertThat(RealNameLevel.ofClaim(null)).isEqualTo(RealNameLevel.SELF_DECLARED);
        assertThat(RealNameLevel.ofClaim("verified-by-rumour")).isEqualTo(RealNameLevel.SELF_DECLARED);
        assertThat(RealNameLevel.ofClaim("window-confirmed")).isEqualTo(RealNameLevel.WINDOW_CONFIRMED);
        assertThat(RealNameLevel.ofClaim("authoritative")).isEqualTo(RealNameLevel.AUTHORITATIVE);
    }

    @Test
    void aSettingNamesALevelByItsCodeOrItsNameAndNothingElse() {
        assertThat(RealNameLevel.of("window-confirmed")).isEqualTo(RealNameLevel.WINDOW_CONFIRMED);
        assertThat(RealNameLevel.of("AUTHORITATIVE")).isEqualTo(RealNameLevel.AUTHORITATIVE);
        assertThatThrownBy(() -> RealNameLevel.of("confirmed")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowConfirmationRaisesASelfDeclaredAccountButNeverLowersAnAuthoritativeOne() {
        assertThat(RealNameLevel.SELF_DECLARED.confirmedAtWindow()).isEqualTo(RealNameLevel.WINDOW_CONFIRMED);
        assertThat(RealNameLevel.WINDOW_CONFIRMED.confirmedAtWindow()).isEqualTo(RealNameLevel.WINDOW_CONFIRMED);
        assertThat(RealNameLevel.AUTHORITATIVE.confirmedAtWindow()).isEqualTo(RealNameLevel.AUTHORITATIVE);
    }
}
