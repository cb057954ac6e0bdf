package io.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.identity.RealNameLevel;
import io.onewindow.platform.identity.RealNameLevelInsufficientException;
import io.onewindow.platform.identity.RealNameRule;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealNameCheckTest {

    private final RealNameCheck check = new RealNameCheck(new RealNameRule(Map.of()));

    private static Caller person(String role, RealNameLevel level) {
        return new Caller("s", "p", Set.of(role), null, "440113199003071235", null, "onewindow-portal", null, level);
    }

    @Test
    void aSelfDeclaredCitizenBooksButNeitherFilesNorReadsTheWallet() {
        Caller citizen = person(Roles.CITIZEN, RealNameLevel.SELF_DECLARED);
        assertThatCode(() -> check.require(citizen, RealNameRule.BOOKING)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.require(citizen, RealNameRule.FILING))
                .isInstanceOf(RealNameLevelInsufficientException.class);
        assertThatThrownBy(() -> check.require(citizen, RealNameRule.LICENSE_WALLET))
                .isInstanceOf(RealNameLevelInsufficientException.class);
    }

    @Test
    void aWindowConfirmedEnterpriseFilesAndReadsItsWallet() {
        Caller enterprise = person(Roles.ENTERPRISE, RealNameLevel.WINDOW_CONFIRMED);
        assertThatCode(() -> check.require(enterprise, RealNameRule.FILING)).doesNotThrowAnyException();
        assertThatCode(() -> check.require(enterprise, RealNameRule.LICENSE_WALLET))
                .doesNotThrowAnyException();
    }

    @Test
    void anAgentsOwnLevelCounts() {
        assertThatThrownBy(() -> check.require(person(Roles.AGENT, RealNameLevel.SELF_DECLARED), RealNameRule.FILING))
                .isInstanceOf(RealNameLevelInsufficientException.class);
        assertThatCode(() -> check.require(person(Roles.AGENT, RealNameLevel.AUTHORITATIVE), RealNameRule.FILING))
                .doesNotThrowAnyException();
    }

    @Test
    void aCitizenTokenWithoutTheClaimIsSelfDeclared() {
        Caller withoutClaim =
                new Caller("s", "p", Set.of(Roles.CITIZEN), null, "440113199003071235", null, "onewindow-portal");
        assertThatThrownBy(() -> check.require(withoutClaim, RealNameRule.FILING))
                .isInstanceOf(RealNameLevelInsufficientException.class);
    }

    @Test
    void staffAndPartnerSystemsAreNotSubjectToTheLevels() {
        Caller officer =
                new Caller("s", "officer1", Set.of(Roles.WINDOW_OFFICER), "market-regulation", null, null, "cli");
        Caller partner = new Caller("s", "svc", Set.of(Roles.PARTNER_SYSTEM), "tax", null, null, "partner-tax");
        assertThatCode(() -> check.require(officer, RealNameRule.FILING)).doesNotThrowAnyException();
        assertThatCode(() -> check.require(partner, RealNameRule.FILING)).doesNotThrowAnyException();
    }
}
