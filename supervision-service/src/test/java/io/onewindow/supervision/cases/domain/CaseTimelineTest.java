package io.onewindow.supervision.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.supervision.CaseStory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTimelineTest {

    @Test
    void appliesTheSameEventOnlyOnce() {
        CaseStory story = CaseStory.of("c1").submitted("2026-03-02T09:00").correction(1, "2026-03-03T09:00", null);
        CaseTimeline timeline = story.timeline();
        story.events().forEach(e -> CaseStory.apply(timeline, e));

        assertThat(timeline.entries()).hasSize(2);
        assertThat(timeline.correctionNotices()).isEqualTo(1);
    }

    @Test
    void aLicenseBeforeItsCaseLeavesAPlaceholderThatTheCaseEventsFillIn() {
        CaseStory story = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .approved("2026-03-10T10:00")
                .license("lic-1", "2026-03-10T11:00");
        List<EventEnvelope<DomainEvent>> events = story.events();
        CaseTimeline timeline = CaseTimeline.open("c1");

        CaseStory.apply(timeline, events.get(3));
        assertThat(timeline.isKnown()).isFalse();
        assertThat(timeline.approvalSeen()).isFalse();
        assertThat(timeline.licenseIds()).containsExactly("lic-1");

        events.subList(0, 3).forEach(e -> CaseStory.apply(timeline, e));
        assertThat(timeline.isKnown()).isTrue();
        assertThat(timeline.approvalSeen()).isTrue();
        assertThat(timeline.state()).isEqualTo(CaseState.DECIDED);
        assertThat(timeline.entries())
                .extracting(TimelineEntry::type)
                .containsExactly("ApplicationSubmitted", "ApplicationAccepted", "ApplicationApproved", "LicenseIssued");
    }

    @Test
    void recognisesTheOnlineApplicantByUsernameAndMaskedId() {
        CaseTimeline own = CaseStory.of("c1").submitted("2026-03-02T09:00").timeline();
        CaseTimeline byAgent = CaseStory.of("c2")
                .submittedBy("agent1", "440113********1235", "agent1", "2026-03-02T09:00")
                .timeline();

        assertThat(own.applicant().isFiledBy("citizen1", "440113********1235")).isTrue();
        assertThat(own.applicant().isFiledBy("citizen2", "440113********0028")).isFalse();
        assertThat(own.applicant().isFiledBy("citizen1", "440113********0028")).isFalse();
        assertThat(byAgent.applicant().isFiledBy("citizen1", "440113********1235"))
                .isFalse();
    }

    @Test
    void recognisesTheApplicantOfACaseSomeoneElseFiledByTheirPseudonym() {
        CaseTimeline byAgent = CaseStory.of("c3")
                .submittedFor(
                        "PERSON", "440113********1235", "pseudonym-of-citizen1", "agent1", "agent1", "2026-03-02T09:00")
                .timeline();
        CaseTimeline atWindow = CaseStory.of("c4")
                .submittedFor(
                        "ENTERPRISE",
                        "91440113********0166",
                        "pseudonym-of-enterprise1",
                        "officer1",
                        null,
                        "2026-03-02T09:00")
                .timeline();

        assertThat(byAgent.applicant().isApplicant("citizen1", "440113********1235", "pseudonym-of-citizen1"))
                .isTrue();
        assertThat(byAgent.applicant().isApplicant("citizen2", "440113********0028", "pseudonym-of-citizen2"))
                .isFalse();
        // The same masked number is not enough: another person may share its visible digits.
        assertThat(byAgent.applicant().isApplicant("citizen9", "440113********1235", "pseudonym-of-citizen9"))
                .isFalse();
        assertThat(byAgent.applicant().isApplicant("agent1", null, "pseudonym-of-agent1"))
                .isFalse();
        assertThat(atWindow.applicant().isApplicant("enterprise1", "91440113********0166", "pseudonym-of-enterprise1"))
                .isTrue();
        assertThat(atWindow.applicant().isApplicant("officer1", null, null)).isFalse();
    }

    @Test
    void casesFromEventsWithoutAPseudonymAreRecognisedAsBefore() {
        CaseTimeline own = CaseStory.of("c5").submitted("2026-03-02T09:00").timeline();

        assertThat(own.applicant().pseudonym()).isNull();
        assertThat(own.applicant().isApplicant("citizen1", "440113********1235", "pseudonym-of-citizen1"))
                .isTrue();
        assertThat(own.applicant().isApplicant("citizen2", "440113********0028", null))
                .isFalse();
    }
}
