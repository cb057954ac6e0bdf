package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who confirms a digitisation request, and until when. */
class DigitisationRequestTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

    static DigitisationRequest pending() {
        return DigitisationRequest.request(
                "dig-1",
                "lic-1",
                "market-regulation",
                "11100000000013338W002",
                "番禺示例餐饮店",
                "440113199003071235",
                HolderCodeType.RESIDENT_ID,
                new DigitisationRule.Dates(
                        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2), LocalDate.of(2029, 1, 1), 1065, null),
                Map.of("经营场所", "番禺区"),
                "officer1",
                NOW,
                EXPIRES);
    }

    @Test
    void aSecondPersonOfTheDepartmentConfirms() {
        DigitisationRequest request = pending();
        request.confirm("deptadmin1", "market-regulation", NOW.plusSeconds(60));
        assertThat(request.status()).isEqualTo(DigitisationStatus.CONFIRMED);
        assertThat(request.decidedBy()).isEqualTo("deptadmin1");
        assertThat(request.maskedHolderCode()).isEqualTo("440113********1235");
        assertThat(request.pendingEvents()).isEmpty();
    }

    @Test
    void theRequesterNeverConfirmsItsOwnRequest() {
        DigitisationRequest request = pending();
        assertThatThrownBy(() -> request.confirm("officer1", "market-regulation", NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.confirmer-is-requester");
        assertThat(request.status()).isEqualTo(DigitisationStatus.PENDING);
    }

    @Test
    void staffOfAnotherDepartmentNeitherConfirmNorReject() {
        DigitisationRequest request = pending();
        assertThatThrownBy(() -> request.confirm("officer2", "housing", NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.other-department");
        assertThatThrownBy(() -> request.reject("officer2", "housing", "no", NOW))
                .hasFieldOrPropertyWithValue("code", "digitisation.other-department");
        assertThat(request.status()).isEqualTo(DigitisationStatus.PENDING);
    }

    @Test
    void itExpiresAtItsExpiryInstant() {
        DigitisationRequest early = pending();
        early.confirm("deptadmin1", "market-regulation", EXPIRES.minusMillis(1));
        assertThat(early.status()).isEqualTo(DigitisationStatus.CONFIRMED);

        DigitisationRequest late = pending();
        assertThat(late.statusAt(EXPIRES.minusMillis(1))).isEqualTo(DigitisationStatus.PENDING);
        assertThat(late.statusAt(EXPIRES)).isEqualTo(DigitisationStatus.EXPIRED);
        assertThatThrownBy(() -> late.confirm("deptadmin1", "market-regulation", EXPIRES))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.expired");
    }

    @Test
    void aDecidedRequestIsDecidedOnceButTheConfirmerMayRetry() {
        DigitisationRequest request = pending();
        request.confirm("deptadmin1", "market-regulation", NOW);
        request.confirm("deptadmin1", "market-regulation", NOW.plusSeconds(1));
        assertThat(request.decidedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> request.confirm("officer3", "market-regulation", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.not-pending");
        assertThatThrownBy(() -> request.reject("officer1", "market-regulation", "oops", NOW))
                .hasFieldOrPropertyWithValue("code", "digitisation.not-pending");
    }

    @Test
    void theRequesterMayWithdrawWithAReason() {
        DigitisationRequest request = pending();
        assertThatThrownBy(() -> request.reject("officer1", "market-regulation", " ", NOW))
                .hasFieldOrPropertyWithValue("code", "license.reason-required");
        request.reject("officer1", "market-regulation", "typo in the holder name", NOW);
        assertThat(request.status()).isEqualTo(DigitisationStatus.REJECTED);
        assertThat(request.rejectionReason()).isEqualTo("typo in the holder name");
    }
}
