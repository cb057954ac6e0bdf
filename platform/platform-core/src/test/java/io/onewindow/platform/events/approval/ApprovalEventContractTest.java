package io.onewindow.platform.events.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalEventContractTest {

    private static final Instant AT = Instant.parse("2026-02-13T02:00:00Z");

    private static List<DomainEvent> oneOfEach() {
        return List.of(
                new ApplicationSubmitted(
                        "c1",
                        "AP-1",
                        "M1",
                        1,
                        "market-regulation",
                        Channel.ONLINE,
                        "PERSON",
                        "440113********1235",
                        null,
                        "citizen1",
                        AT,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                new PreReviewPassed("c1", "AP-1", "M1", "market-regulation", 0, AT),
                new VisitAttached(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        "panyu-district-center",
                        4,
                        "1",
                        true,
                        "t1",
                        "officer5",
                        AT),
                new CorrectionRequested(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        1,
                        List.of(new CorrectionItem("m", "n", "p")),
                        null,
                        "officer1",
                        AT),
                new ExtraCorrectionJustified(
                        "c1", "AP-1", "M1", "market-regulation", 2, List.of("m2"), "why", "officer1", AT),
                new ApplicationResubmitted("c1", "AP-1", "M1", "market-regulation", 1, "citizen1", AT),
                new ApplicationAccepted(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        AT,
                        LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 3, 5),
                        "officer1",
                        false),
                new NotAccepted("c1", "AP-1", "M1", "market-regulation", "r", "", "officer1", AT),
                new StepCompleted(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        "review",
                        "审查",
                        "approver1",
                        "approver",
                        AT,
                        true,
                        5,
                        2),
                new ClockSuspended(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        SuspensionProcedure.EXPERT_REVIEW,
                        "r",
                        5,
                        "approver1",
                        AT),
                new ClockResumed(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        SuspensionProcedure.EXPERT_REVIEW,
                        5,
                        4,
                        LocalDate.of(2026, 3, 25),
                        LocalDate.of(2026, 3, 11),
                        "approver1",
                        AT),
                new TimeLimitExtended(
                        "c1", "AP-1", "M1", "market-regulation", 10, "r", LocalDate.of(2026, 4, 2), "approver1", AT),
                new ApplicationApproved(
                        "c1",
                        "AP-1",
                        "M1",
                        "name",
                        1,
                        "market-regulation",
                        "T",
                        ApplicationApproved.RESIDENT_ID,
                        "440113********1235",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "approver1",
                        AT),
                new ApplicationDenied("c1", "AP-1", "M1", "market-regulation", "r", "", "approver1", AT),
                new ApplicationCompleted(
                        "c1",
                        "AP-1",
                        "M1",
                        "market-regulation",
                        "APPROVED",
                        AT,
                        LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 3, 5),
                        3,
                        "officer1",
                        AT),
                new ApplicationWithdrawn("c1", "AP-1", "M1", "market-regulation", "PRE_REVIEW", "", "citizen1", AT),
                new PartnerMilestoneReported(
                        "c1",
                        "AP-1",
                        "M1",
                        "tax",
                        "TAX-9",
                        PartnerMilestone.ACCEPTED,
                        AT,
                        AT,
                        LocalDate.of(2026, 3, 19),
                        "partner-tax",
                        "PERSON",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }

    @Test
    void partnerMilestonesNameTheApplicantOnlyByTypeAndPseudonymAsTrailingFields() {
        List<String> fields = java.util.Arrays.stream(PartnerMilestoneReported.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
        assertThat(fields.subList(fields.indexOf("reportedBy") + 1, fields.size()))
                .containsExactly("applicantType", "applicantPseudonym");
        assertThat(fields).doesNotContain("applicantCode", "idNumber", "creditCode", "applicantName");
        // the constructor of events from before the applicant was carried is kept
        var old = new PartnerMilestoneReported(
                "c1", "AP-1", "M1", "tax", "TAX-9", PartnerMilestone.RECEIVED, AT, AT, null, "partner-tax");
        assertThat(old.applicantType()).isNull();
        assertThat(old.applicantPseudonym()).isNull();
    }

    @Test
    void everyCaseEventIsKeyedByItsCaseAndTypedInTheApprovalNamespace() {
        for (DomainEvent event : oneOfEach()) {
            assertThat(event.aggregateId()).isEqualTo("c1");
            int version = event instanceof ApplicationApproved ? 2 : 1;
            assertThat(EventTypes.typeOf(event))
                    .isEqualTo("onewindow.approval." + event.getClass().getSimpleName() + ".v" + version);
        }
    }

    @Test
    void matterVersionsAreKeyedByMatterCodeAndRefusalsByPartnerCase() {
        var published = new MatterVersionPublished(
                "M1",
                2,
                "n",
                "d",
                "01",
                "2",
                List.of("PERSON"),
                "b",
                20,
                10,
                "0",
                "",
                false,
                true,
                null,
                List.of(),
                List.of(),
                List.of(),
                "catalogadmin1",
                AT);
        var refused = new PartnerReportRefused(
                "tax", "TAX-9", "M1", PartnerMilestone.DECIDED, "partner.out-of-order", AT, AT, "partner-tax");

        assertThat(published.aggregateId()).isEqualTo("M1");
        assertThat(EventTypes.typeOf(published)).isEqualTo("onewindow.approval.MatterVersionPublished.v1");
        assertThat(refused.aggregateId()).isEqualTo("tax/TAX-9");
        assertThat(EventTypes.typeOf(refused)).isEqualTo("onewindow.approval.PartnerReportRefused.v1");
    }

    @Test
    void aDepartmentIsKeyedByItsCodeAndTypedInTheApprovalNamespace() {
        var recorded = new DepartmentRecorded("tax", 2, "国家税务总局广州市番禺区税务局", "partner-tax", true, "admin1");

        assertThat(recorded.aggregateId()).isEqualTo("tax");
        assertThat(EventTypes.typeOf(recorded)).isEqualTo("onewindow.approval.DepartmentRecorded.v1");
    }

    @Test
    void applicationSubmittedNamesTheApplicantOnlyByPseudonymAndMaskedCode() {
        List<String> fields = java.util.Arrays.stream(ApplicationSubmitted.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
        // Appended, so older events (without them) still read, as null, by name: the pseudonym, then the
        // hall visit the case was received from, then the linked filing (联办件) it is a part of.
        assertThat(fields.subList(fields.indexOf("receivedAt") + 1, fields.size()))
                .containsExactly(
                        "applicantPseudonym",
                        "servicePointId",
                        "tier",
                        "window",
                        "comprehensiveWindow",
                        "ticketId",
                        "linkedNumber");
        assertThat(fields).doesNotContain("applicantCode", "idNumber", "creditCode", "applicantName");
    }

    @Test
    void applicationApprovedV2NamesTheHolderOnlyByCodeTypeMaskedCodeAndPseudonym() {
        List<String> fields = java.util.Arrays.stream(ApplicationApproved.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
        assertThat(EventTypes.typeOf(new ApplicationApproved(
                        "c1", "AP-1", "M1", "n", 1, "d", null, "111", "440113********1235", "p", "a", AT)))
                .isEqualTo("onewindow.approval.ApplicationApproved.v2");
        assertThat(ApplicationApproved.V1_TYPE).isEqualTo("onewindow.approval.ApplicationApproved.v1");
        assertThat(fields).contains("holderCodeType", "maskedHolderCode", "holderPseudonym");
        assertThat(fields).doesNotContain("holderName", "holderCode", "faceData", "idNumber", "creditCode");
    }

    @Test
    void listsAndMapsAreCopiedSoAnEventCannotChangeAfterItIsRecorded() {
        var items = new java.util.ArrayList<>(List.of(new CorrectionItem("m", "n", "p")));
        var event = new CorrectionRequested("c1", "AP-1", "M1", "d", 1, items, null, "o", AT);
        items.clear();
        assertThat(event.items()).hasSize(1);
    }
}
