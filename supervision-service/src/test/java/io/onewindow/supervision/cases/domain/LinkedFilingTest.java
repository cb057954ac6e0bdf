package io.onewindow.supervision.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkedFilingTest {

    private static final String NUMBER = "LB-20260302-000001";

    private static CaseStory registration() {
        return CaseStory.of("re-1")
                .inDepartment("natural-resources")
                .forMatter("RE-TRANSFER-REG")
                .receivedAsLinkedPart(
                        NUMBER, "ticket-9", "panyu-district-center", 4, "1", true, "officer5", "2026-03-02T09:00")
                .accepted("2026-03-02T09:20", "2026-03-16", "2026-03-30", "officer5")
                .approved("2026-03-03T10:00");
    }

    private static CaseStory deedTax() {
        return CaseStory.of("tax-1")
                .inDepartment("tax")
                .forMatter("TAX-HOUSING-DEED")
                .receivedAsLinkedPart(
                        NUMBER, "ticket-9", "panyu-district-center", 4, "1", true, "officer5", "2026-03-02T09:01")
                .accepted("2026-03-02T09:10", "2026-03-09", "2026-03-30", "officer5");
    }

    @Test
    void mergesEveryPartsEntriesInTimeOrderEachNamingItsPart() {
        CaseTimeline other = CaseStory.of("other").submitted("2026-03-02T09:05").timeline();

        LinkedFiling filing = LinkedFiling.of(
                NUMBER, List.of(deedTax().timeline(), other, registration().timeline()));

        assertThat(filing.isKnown()).isTrue();
        assertThat(filing.parts())
                .extracting(LinkedFiling.Part::caseId, LinkedFiling.Part::department, LinkedFiling.Part::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("re-1", "natural-resources", "DECIDED"),
                        org.assertj.core.groups.Tuple.tuple("tax-1", "tax", "ACCEPTED"));
        assertThat(filing.departments()).containsExactly("natural-resources", "tax");
        assertThat(filing.timeline())
                .extracting(LinkedFiling.Entry::caseId, LinkedFiling.Entry::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("re-1", "ApplicationSubmitted"),
                        org.assertj.core.groups.Tuple.tuple("tax-1", "ApplicationSubmitted"),
                        org.assertj.core.groups.Tuple.tuple("tax-1", "ApplicationAccepted"),
                        org.assertj.core.groups.Tuple.tuple("re-1", "ApplicationAccepted"),
                        org.assertj.core.groups.Tuple.tuple("re-1", "ApplicationApproved"));
        assertThat(filing.timeline())
                .allSatisfy(entry -> assertThat(entry.department()).isIn("natural-resources", "tax"));
        assertThat(filing.visit())
                .isEqualTo(new LinkedFiling.HallVisit("panyu-district-center", 4, "1", true, "ticket-9"));
    }

    @Test
    void eachPartKeepsItsOwnCardAndDueDate() {
        CaseTimeline tax = deedTax().timeline();
        tax.showCard(CardColour.YELLOW);

        LinkedFiling filing = LinkedFiling.of(NUMBER, List.of(registration().timeline(), tax));

        assertThat(filing.parts())
                .extracting(LinkedFiling.Part::card, p -> p.promisedDueDate().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NONE", "2026-03-16"),
                        org.assertj.core.groups.Tuple.tuple("YELLOW", "2026-03-09"));
    }

    @Test
    void anEventAppliedTwiceIsOneEntry() {
        CaseStory story = registration();
        CaseTimeline timeline = story.timeline();
        story.events().forEach(e -> CaseStory.apply(timeline, e));

        LinkedFiling filing =
                LinkedFiling.of(NUMBER, List.of(timeline, deedTax().timeline()));

        assertThat(filing.timeline()).hasSize(5);
    }

    @Test
    void casesOfAnotherOrNoLinkedFilingAreNoParts() {
        LinkedFiling filing = LinkedFiling.of(
                "LB-20260302-000002",
                List.of(
                        registration().timeline(),
                        CaseStory.of("x").submitted("2026-03-02T09:00").timeline()));

        assertThat(filing.isKnown()).isFalse();
        assertThat(filing.timeline()).isEmpty();
        assertThat(filing.visit()).isNull();
    }

    @Test
    void aLinkedNumberIsLbTheDayAndSixDigits() {
        Pattern number = Pattern.compile(LinkedFiling.NUMBER_PATTERN);
        assertThat(number.matcher("LB-20261202-000001").matches()).isTrue();
        assertThat(number.matcher("LB-20261231-999999").matches()).isTrue();
        assertThat(List.of(
                        "LB2026120200001",
                        "LB-20261202-00001",
                        "LB-20261202-0000011",
                        "lb-20261202-000001",
                        "LB-20261302-000001",
                        "LB-20261200-000001",
                        "LB-20261232-000001",
                        "LB-2026120A-000001",
                        "LB-20261202-000001 ",
                        "LB-20261202-000001';--",
                        "$where"))
                .noneMatch(candidate -> number.matcher(candidate).matches());
    }

    @Test
    void aCaseTimelineKeepsItsLinkedNumberAndTicket() {
        CaseTimeline timeline = registration().timeline();
        assertThat(timeline.linkedNumber()).isEqualTo(NUMBER);
        assertThat(timeline.ticketId()).isEqualTo("ticket-9");

        CaseTimeline single = CaseStory.of("s")
                .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-02T09:00")
                .timeline();
        assertThat(single.linkedNumber()).isNull();
        assertThat(single.ticketId()).isEqualTo("ticket-s");
    }
}
