package io.onewindow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.platform.test.problems.ProblemTexts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem appointment-service answers has a title and a detail in Chinese and in English. */
class ProblemTextsTest {

    /** Codes made at run time, not written at a throw: booking limits and agent refusals. */
    private static final List<String> RUNTIME_CODES = List.of(
            "limit-per-day",
            "limit-per-week",
            "limit-per-month",
            "limit-active-per-matter",
            AgentLimits.AGENT_DAY,
            AgentLimits.INTERMEDIARY_DAY,
            AgentLimits.INTERMEDIARY_SLOT,
            "agency.not-enrolled",
            "agency.suspended",
            "mandate.missing",
            "mandate.out-of-scope");

    private final ProblemTexts texts = ProblemTexts.onClasspath();

    @Test
    void everyCodeHasATitleAndADetailInBothLanguagesNamingTheSameArguments() {
        assertThat(texts.bundleGaps()).isEmpty();
    }

    @Test
    void everyCodeTheServiceThrowsHasTexts() {
        assertThat(texts.thrownGaps(Path.of("src/main/java"), RUNTIME_CODES)).isEmpty();
    }
}
