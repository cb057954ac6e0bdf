package io.onewindow.supervision.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.supervision.SampleDrawn;
import io.onewindow.platform.events.supervision.SampleFindingRecorded;
import io.onewindow.platform.events.supervision.SampleSeedCommitted;
import io.onewindow.platform.events.supervision.SampleSeedRevealed;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingTest {

    private static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final Instant AT = Instant.parse("2026-03-09T02:00:00Z");
    private static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);
    private static final SamplingPeriod WEEK =
            SamplingPeriod.startingOn(LocalDate.of(2026, 3, 2), Period.ofDays(7), ANCHOR);

    private static final List<Reviewer> REVIEWERS = List.of(
            new Reviewer("approver1", "market-regulation"),
            new Reviewer("approver3", "tax"),
            new Reviewer("inspector1", "discipline-inspection"));

    private static Sampling drawnSampling() {
        Sampling sampling = Sampling.commit(WEEK, SEED, AT);
        sampling.draw(
                List.of(
                        new SampleCandidate("mr-1", "market-regulation", "approver1", AT, false, false),
                        new SampleCandidate("tax-1", "tax", "approver3", AT, false, false)),
                new SamplingRates(100, 100, 100),
                new ReviewerRoster(REVIEWERS),
                AT);
        return sampling;
    }

    @Test
    void theCommitmentIsPublishedFirstAndTheSeedIsNotPublishedWithTheDraw() {
        Sampling sampling = Sampling.commit(WEEK, SEED, AT);
        assertThat(sampling.id()).isEqualTo("sampling-2026-03-02-P7D");
        assertThat(sampling.revealedSeed()).isNull();
        assertThat(sampling.pullEvents())
                .singleElement()
                .isEqualTo(new SampleSeedCommitted(
                        "sampling-2026-03-02-P7D",
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 3, 9),
                        SampleLottery.commitmentOf(SEED),
                        AT));

        sampling.draw(
                List.of(new SampleCandidate("c1", "tax", "approver3", AT, false, false)),
                new SamplingRates(5, 20, 20),
                new ReviewerRoster(REVIEWERS),
                AT);
        // Drawn, not yet reviewed: the seed is for the inspectors only, not in the event.
        assertThat(sampling.revealedSeed()).isNull();
        assertThat(sampling.seedForInspectors()).isEqualTo(SEED);
        SampleDrawn drawn = (SampleDrawn) sampling.pullEvents().get(0);
        assertThat(drawn.seed()).isNull();
        assertThat(drawn.candidates()).isEqualTo(1);
        assertThat(drawn.sampledPerDepartment()).containsEntry("tax", 1);
        // Drawing again changes nothing.
        assertThat(sampling.draw(List.of(), new SamplingRates(5, 20, 20), new ReviewerRoster(REVIEWERS), AT))
                .isFalse();
        assertThat(sampling.sampled()).hasSize(1);
    }

    @Test
    void theSeedIsRevealedOnlyWithTheLastFinding() {
        Sampling sampling = drawnSampling();
        sampling.pullEvents();

        sampling.recordFinding("mr-1", "approver3", "tax", false, Finding.IN_ORDER, null, "ok", AT);
        assertThat(sampling.revealedSeed()).isNull();
        assertThat(sampling.pullEvents()).noneMatch(e -> e instanceof SampleSeedRevealed);

        sampling.recordFinding("tax-1", "inspector1", "discipline-inspection", true, Finding.IN_ORDER, null, "ok", AT);
        assertThat(sampling.reviewsDone()).isTrue();
        assertThat(sampling.revealedSeed()).isEqualTo(SEED);
        assertThat(sampling.pullEvents())
                .last()
                .isEqualTo(
                        new SampleSeedRevealed("sampling-2026-03-02-P7D", SEED, SampleLottery.commitmentOf(SEED), AT));
    }

    @Test
    void aSampleWithoutCasesRevealsItsSeedWithTheDraw() {
        Sampling sampling = Sampling.commit(WEEK, SEED, AT);
        sampling.pullEvents();

        sampling.draw(List.of(), new SamplingRates(5, 20, 20), new ReviewerRoster(REVIEWERS), AT);

        assertThat(sampling.revealedSeed()).isEqualTo(SEED);
        assertThat(sampling.pullEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("SampleDrawn", "SampleSeedRevealed");
    }

    @Test
    void theReviewerIsNeverOfTheDecidingDepartmentNorTheDecider() {
        Sampling sampling = drawnSampling();
        SampledCase mr = sampling.sampledCase("mr-1").orElseThrow();
        SampledCase tax = sampling.sampledCase("tax-1").orElseThrow();
        assertThat(mr.reviewer()).isEqualTo("approver3");
        assertThat(tax.reviewer()).isEqualTo("inspector1");
        for (SampledCase c : sampling.sampled()) {
            assertThat(c.reviewerDepartment()).isNotEqualTo(c.department());
            assertThat(c.reviewer()).isNotEqualTo(c.decidedBy());
        }
    }

    @Test
    void aCaseNoConfiguredReviewerMayReviewIsLeftToInspectors() {
        ReviewerRoster roster = new ReviewerRoster(List.of(new Reviewer("approver3", "tax")));
        assertThat(roster.assign("tax", "someone")).isEmpty();
        assertThat(roster.assign("housing", "approver3")).isEmpty();
        assertThat(roster.assign("housing", "approver4")).hasValue(new Reviewer("approver3", "tax"));
        assertThat(new ReviewerRoster(List.of()).assign("tax", null)).isEmpty();
    }

    @Test
    void theRosterTakesReviewersInTurn() {
        ReviewerRoster roster = new ReviewerRoster(REVIEWERS);
        assertThat(roster.assign("housing", "approver4").orElseThrow().username())
                .isEqualTo("approver1");
        assertThat(roster.assign("housing", "approver4").orElseThrow().username())
                .isEqualTo("approver3");
        assertThat(roster.assign("housing", "approver4").orElseThrow().username())
                .isEqualTo("inspector1");
        assertThat(roster.assign("housing", "approver4").orElseThrow().username())
                .isEqualTo("approver1");
    }

    @Test
    void reviewersAreConfiguredAsUsernameAtDepartment() {
        assertThat(Reviewer.parse(" approver3@tax ")).isEqualTo(new Reviewer("approver3", "tax"));
        assertThatThrownBy(() -> Reviewer.parse("approver3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reviewer.parse("@tax")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reviewer.parse("a@b@c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAssignedReviewerRecordsTheFindingOnce() {
        Sampling sampling = drawnSampling();
        sampling.pullEvents();
        SampledCase reviewed =
                sampling.recordFinding("mr-1", "approver3", "tax", false, Finding.IN_ORDER, null, "in order", AT);
        assertThat(reviewed.reviewed()).isTrue();
        assertThat(reviewed.irregular()).isFalse();
        assertThat(sampling.pullEvents())
                .containsExactly(new SampleFindingRecorded(
                        "sampling-2026-03-02-P7D", "mr-1", "market-regulation", "IN_ORDER", null, "approver3", AT));

        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "approver3", "tax", false, Finding.IRREGULAR, FindingCategory.OTHER, "again", AT))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "sampling.already-reviewed");
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "inspector1", "discipline-inspection", true, Finding.IN_ORDER, null, "again", AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void noOneElseRecordsIt() {
        Sampling sampling = drawnSampling();
        // The deciding department's approver, even as the decider.
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "approver1", "market-regulation", false, Finding.IN_ORDER, null, "mine", AT))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "sampling.not-reviewer");
        // Another reviewer, not assigned this case.
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "approver4", "housing", false, Finding.IN_ORDER, null, "not mine", AT))
                .isInstanceOf(AccessRefusedException.class);
        // An inspector of the deciding department (none should exist) neither.
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "inspector9", "market-regulation", true, Finding.IN_ORDER, null, "x", AT))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> sampling.recordFinding(
                        "unknown", "inspector1", "discipline-inspection", true, Finding.IN_ORDER, null, "x", AT))
                .isInstanceOf(NotFoundException.class);
        assertThat(sampling.sampled()).noneMatch(SampledCase::reviewed);
        // An inspector may review a case assigned to someone else.
        assertThat(sampling.recordFinding(
                                "mr-1", "inspector1", "discipline-inspection", true, Finding.IN_ORDER, null, "ok", AT)
                        .reviewedBy())
                .isEqualTo("inspector1");
    }

    @Test
    void anIrregularFindingNeedsACategoryAndAnInOrderOneHasNone() {
        Sampling sampling = drawnSampling();
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "approver3", "tax", false, Finding.IRREGULAR, null, "no category", AT))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "category");
        assertThatThrownBy(() -> sampling.recordFinding(
                        "mr-1", "approver3", "tax", false, Finding.IN_ORDER, FindingCategory.OTHER, "both", AT))
                .isInstanceOf(InvalidValueException.class);
        assertThat(sampling.sampled()).noneMatch(SampledCase::reviewed);
    }

    @Test
    void anIrregularFindingIsAnAlertCandidateWithTheCaseAsEvidence() {
        Sampling sampling = drawnSampling();
        SampledCase reviewed = sampling.recordFinding(
                "tax-1",
                "inspector1",
                "discipline-inspection",
                true,
                Finding.IRREGULAR,
                FindingCategory.WRONG_LEGAL_BASIS,
                "cited a repealed rule",
                AT);
        AlertCandidate alert = IrregularFindingAlert.of(sampling.id(), reviewed, List.of("evt-1", "evt-2"));
        assertThat(alert.alertId()).isEqualTo("review.irregular:CASE:tax-1");
        assertThat(alert.ruleNumber()).isEqualTo(20);
        assertThat(alert.caseId()).isEqualTo("tax-1");
        assertThat(alert.department()).isEqualTo("tax");
        assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(alert.evidence()).containsExactly("evt-1", "evt-2");
        assertThat(alert.involved()).containsExactly("approver3");
        assertThat(alert.details()).containsEntry("category", List.of("WRONG_LEGAL_BASIS"));
        assertThat(alert.raisedAt()).isEqualTo(AT);

        SampledCase inOrder =
                sampling.recordFinding("mr-1", "approver3", "tax", false, Finding.IN_ORDER, null, "fine", AT);
        assertThatThrownBy(() -> IrregularFindingAlert.of(sampling.id(), inOrder, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresCountDecidedSampledReviewedAndIrregularPerDepartment() {
        Sampling sampling = drawnSampling();
        sampling.recordFinding(
                "tax-1",
                "inspector1",
                "discipline-inspection",
                true,
                Finding.IRREGULAR,
                FindingCategory.OTHER,
                "x",
                AT);
        assertThat(SamplingFigures.of(List.of(sampling, Sampling.commit(WEEK, SEED, AT)), null))
                .containsExactly(
                        new SamplingFigures.Row(sampling.id(), WEEK.from(), WEEK.to(), "market-regulation", 1, 1, 0, 0),
                        new SamplingFigures.Row(sampling.id(), WEEK.from(), WEEK.to(), "tax", 1, 1, 1, 1));
        assertThat(SamplingFigures.of(List.of(sampling), "tax")).hasSize(1);
    }
}
