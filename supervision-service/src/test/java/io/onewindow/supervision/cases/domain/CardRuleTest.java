package io.onewindow.supervision.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The card thresholds at their boundaries, with the district's 90 %. */
class CardRuleTest {

    private final CardRule cards = new CardRule(90);
    private final LocalDate due = LocalDate.of(2027, 3, 31);

    private CardColour running(LocalDate until, int used, int limit) {
        return cards.colour(until, due, false, () -> used, () -> limit);
    }

    @Test
    void exactlyNinetyPercentOfTheLimitUsedIsYellow() {
        assertThat(running(due.minusDays(3), 9, 10)).isEqualTo(CardColour.YELLOW);
        assertThat(running(due.minusDays(3), 90, 100)).isEqualTo(CardColour.YELLOW);
    }

    @Test
    void justBelowNinetyPercentIsGreen() {
        assertThat(running(due.minusDays(3), 89, 100)).isEqualTo(CardColour.GREEN);
        assertThat(running(due.minusDays(3), 8, 10)).isEqualTo(CardColour.GREEN);
    }

    @Test
    void onThePromisedDueDateItselfAHundredPercentUsedIsYellowNotRed() {
        assertThat(running(due, 10, 10)).isEqualTo(CardColour.YELLOW);
        assertThat(cards.overdue(due, due)).isFalse();
    }

    @Test
    void theDayAfterThePromisedDueDateIsRedWhateverTheDaysUsed() {
        assertThat(running(due.plusDays(1), 10, 10)).isEqualTo(CardColour.RED);
        assertThat(running(due.plusDays(1), 0, 10)).isEqualTo(CardColour.RED);
        assertThat(cards.overdue(due.plusDays(1), due)).isTrue();
    }

    @Test
    void aLimitOfNoWorkingDayIsDecidedOnTheSpotAndNeverYellowButRedOnceLate() {
        assertThat(running(due, 0, 0)).isEqualTo(CardColour.GREEN);
        assertThat(cards.nearLimit(0, 0)).isFalse();
        assertThat(running(due.plusDays(1), 1, 0)).isEqualTo(CardColour.RED);
    }

    @Test
    void aCaseDecidedOnTheSpotIsGreenWhereAnOrdinaryOneIsYellow() {
        assertThat(cards.colour(due.minusDays(3), due, false, false, () -> 9, () -> 10))
                .isEqualTo(CardColour.YELLOW);
        assertThat(cards.colour(due.minusDays(3), due, false, true, () -> 9, () -> 10))
                .isEqualTo(CardColour.GREEN);
        assertThat(cards.colour(due.plusDays(1), due, false, true, () -> 11, () -> 10))
                .isEqualTo(CardColour.RED);
    }

    @Test
    void aCaseCompletedInTimeIsGreenAndOneCompletedLateStaysRed() {
        assertThat(cards.colour(due, due, true, () -> 10, () -> 10)).isEqualTo(CardColour.GREEN);
        assertThat(cards.colour(due.plusDays(1), due, true, () -> 11, () -> 10)).isEqualTo(CardColour.RED);
    }

    @Test
    void theYellowCardStartsAtTheFewestWorkingDaysThatReachNinetyPercent() {
        assertThat(cards.yellowFrom(10)).isEqualTo(9);
        assertThat(cards.yellowFrom(100)).isEqualTo(90);
        // 90 % of 7 is 6.3: 6 days are below it, 7 reach it.
        assertThat(cards.yellowFrom(7)).isEqualTo(7);
        assertThat(cards.nearLimit(6, 7)).isFalse();
        assertThat(cards.nearLimit(7, 7)).isTrue();
        assertThat(cards.yellowFrom(0)).isZero();
    }

    @Test
    void theThresholdMustBeAShareOfTheLimit() {
        assertThatThrownBy(() -> new CardRule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardRule(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CardRule(100).nearLimit(10, 10)).isTrue();
        assertThat(new CardRule(100).nearLimit(9, 10)).isFalse();
    }
}
