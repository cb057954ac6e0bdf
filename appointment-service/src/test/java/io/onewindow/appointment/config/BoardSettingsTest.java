package io.onewindow.appointment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hall's board may be cached for at most two seconds, and shows at least one call and one next number. */
class BoardSettingsTest {

    @Test
    void theBoardIsCachedForOneSecondAndShowsFiveCallsAndFiveNextByDefault() {
        AppointmentSettings settings = TestSettings.defaults();
        assertThat(settings.publicBoardMaxAge()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.boardNowCalling()).isEqualTo(5);
        assertThat(settings.boardNext()).isEqualTo(5);
    }

    @Test
    void acceptsTwoSecondsAndNoCachingAtAll() {
        assertThat(TestSettings.with(Map.of("public-board-max-age", "PT2S")).publicBoardMaxAge())
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(TestSettings.with(Map.of("public-board-max-age", "PT0S")).publicBoardMaxAge())
                .isZero();
    }

    @Test
    void refusesToStartWithABoardCachedLongerThanTwoSeconds() {
        assertThatThrownBy(() -> TestSettings.with(Map.of("public-board-max-age", "PT2.001S")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessageContaining("public-board-max-age");
    }

    @Test
    void refusesABoardShowingNoCallsOrNoNextNumbers() {
        assertThatThrownBy(() -> TestSettings.with(Map.of("board-now-calling", "0")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestSettings.with(Map.of("board-next", "0")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
