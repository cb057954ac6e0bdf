package io.onewindow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.test.problems.ProblemTexts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem notification-service answers has a title and a detail in Chinese and in English. */
class ProblemTextsTest {

    private final ProblemTexts texts = ProblemTexts.onClasspath();

    @Test
    void everyCodeHasATitleAndADetailInBothLanguagesNamingTheSameArguments() {
        assertThat(texts.bundleGaps()).isEmpty();
    }

    @Test
    void everyCodeTheServiceThrowsHasTexts() {
        assertThat(texts.thrownGaps(Path.of("src/main/java"), List.of())).isEmpty();
    }
}
