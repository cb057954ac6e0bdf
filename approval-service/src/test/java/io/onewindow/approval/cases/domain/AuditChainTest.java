package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.test.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final MutableClock clock = MutableClock.on("2026-03-02");
    private final WorkingCalendar calendar = WorkingCalendar.officialChina();

    private List<AuditLink> chainOfAHandledCase() {
        Actor citizen = new Actor("citizen1", "citizen", null);
        Actor officer = new Actor("officer1", "window-officer", "market-regulation");
        ApplicationCase c = ApplicationCase.submit(
                new Filing(
                        "case-a",
                        "AP-1",
                        Matters.foodLicense("MR-SP-T"),
                        1,
                        new Applicant(Subject.PERSON, "张三", "440113199003071235"),
                        "pseudonym-of-440113199003071235",
                        null,
                        citizen,
                        Channel.ONLINE,
                        Map.of(),
                        List.of(),
                        null,
                        null),
                clock,
                calendar,
                5);
        c.preReview(m -> null, citizen, clock);
        c.requestCorrection(Map.of("layout", "缺少"), null, officer, clock);
        c.withdraw("改日再办", citizen, clock);
        return new ArrayList<>(c.audit());
    }

    @Test
    void chainOfAnUntouchedCaseHolds() {
        List<AuditLink> chain = chainOfAHandledCase();

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.links()).isEqualTo(4);
        assertThat(chain.get(0).previousHash()).isEqualTo(AuditLink.GENESIS);
        assertThat(chain)
                .extracting(AuditLink::action)
                .containsExactly("submit", "pre-review", "request-correction", "withdraw");
    }

    @Test
    void changingWhoActedBreaksThatLink() {
        List<AuditLink> chain = chainOfAHandledCase();
        AuditLink original = chain.get(2);
        chain.set(
                2,
                new AuditLink(
                        original.sequence(),
                        original.at(),
                        "someone-else",
                        original.role(),
                        original.department(),
                        original.action(),
                        original.stateBefore(),
                        original.stateAfter(),
                        original.detail(),
                        original.previousHash(),
                        original.hash()));

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenLink()).isEqualTo(3);
    }

    @Test
    void rehashingATamperedLinkStillBreaksTheNextOne() {
        List<AuditLink> chain = chainOfAHandledCase();
        AuditLink original = chain.get(1);
        chain.set(
                1,
                AuditLink.append(
                        original.sequence(),
                        original.at(),
                        new Actor("forger", "approver", "x"),
                        original.action(),
                        original.stateBefore(),
                        original.stateAfter(),
                        "PASSED",
                        original.previousHash()));

        assertThat(ChainVerification.of(chain).firstBrokenLink()).isEqualTo(3);
    }

    @Test
    void removingALinkIsFoundWhereItIsMissing() {
        List<AuditLink> chain = chainOfAHandledCase();
        chain.remove(1);

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.firstBrokenLink()).isEqualTo(2);
        assertThat(verification.problem()).contains("missing");
    }
}
