package io.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.agency.domain.MandateRule;
import io.onewindow.platform.test.problems.ProblemTexts;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem approval-service answers has a title and a detail in Chinese and in English. */
class ProblemTextsTest {

    private final ProblemTexts texts = ProblemTexts.onClasspath();

    @Test
    void everyCodeHasATitleAndADetailInBothLanguagesNamingTheSameArguments() {
        assertThat(texts.bundleGaps()).isEmpty();
    }

    @Test
    void everyCodeTheServiceThrowsHasTexts() {
        List<String> refusals = Arrays.stream(MandateRule.Refusal.values())
                .map(MandateRule.Refusal::problemCode)
                .toList();
        assertThat(texts.thrownGaps(Path.of("src/main/java"), refusals)).isEmpty();
    }
}
