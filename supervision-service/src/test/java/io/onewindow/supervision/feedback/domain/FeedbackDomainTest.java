package io.onewindow.supervision.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.RatingGiven;
import io.onewindow.platform.events.supervision.RectificationOpened;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackDomainTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-03-09");

    private static Complaint complaintAboutCase() {
        return Complaint.file(
                "k1",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "c1",
                "market-regulation",
                "too slow",
                DUE,
                NOW);
    }

    @Test
    void aComplaintIsAnsweredByItsDepartmentOnTime() {
        Complaint complaint = complaintAboutCase();
        complaint.pullEvents();

        complaint.answer("sorry, done", "deptadmin1", "market-regulation", DUE, NOW);

        assertThat(complaint.answeredOnTime()).isTrue();
        assertThat(complaint.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ComplaintAnswered.class, e -> assertThat(e.onTime()).isTrue());
    }

    @Test
    void anotherDepartmentCannotAnswerAndNobodyAnswersTwice() {
        Complaint complaint = complaintAboutCase();
        assertThatThrownBy(() -> complaint.answer("no", "taxadmin", "tax", DUE, NOW))
                .isInstanceOf(AccessRefusedException.class);
        complaint.answer("late answer", "deptadmin1", "market-regulation", DUE.plusDays(1), NOW);
        assertThat(complaint.answeredOnTime()).isFalse();
        assertThatThrownBy(() -> complaint.answer("again", "deptadmin1", "market-regulation", DUE, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnansweredComplaintIsLateOnlyAfterItsDueDay() {
        Complaint complaint = complaintAboutCase();
        assertThat(complaint.isLate(DUE)).isFalse();
        assertThat(complaint.isLate(DUE.plusDays(1))).isTrue();
    }

    @Test
    void aBadRatingOpensARectification() {
        Rating rating =
                Rating.give(Rating.Target.CASE, "c1", "market-regulation", 5, "PC", "u-citizen1", null, DUE, NOW);
        assertThat(rating.pullEvents()).hasSize(2).satisfies(events -> {
            assertThat(events.get(0)).isInstanceOf(RatingGiven.class);
            assertThat(events.get(1)).isInstanceOf(RectificationOpened.class);
        });
        assertThat(rating.rectificationLate(DUE.plusDays(1))).isTrue();
        rating.followUp("called the applicant", "deptadmin1", "market-regulation", NOW);
        assertThat(rating.rectificationLate(DUE.plusDays(1))).isFalse();
    }

    @Test
    void aGoodRatingOpensNothing() {
        Rating rating =
                Rating.give(Rating.Target.CASE, "c1", "market-regulation", 2, "PC", "u-citizen1", null, DUE, NOW);
        assertThat(rating.pullEvents()).singleElement().isInstanceOf(RatingGiven.class);
        assertThat(rating.rectificationLate(DUE.plusDays(10))).isFalse();
    }

    @Test
    void theDefaultRatingIsBasicallySatisfied() {
        Rating rating = Rating.byDefault(Rating.Target.VISIT, "b1", "district-admin-service", NOW);
        assertThat(rating.level()).isEqualTo(3);
        assertThat(rating.defaulted()).isTrue();
        assertThat(rating.isBad()).isFalse();
    }

    @Test
    void refusesALevelOutsideOneToFive() {
        assertThatThrownBy(() -> Rating.give(Rating.Target.CASE, "c1", "d", 6, "PC", "u", null, DUE, NOW))
                .isInstanceOf(InvalidValueException.class);
    }
}
