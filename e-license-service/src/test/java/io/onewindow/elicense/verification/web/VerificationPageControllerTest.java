package io.onewindow.elicense.verification.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.verification.VerificationResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerificationPageControllerTest {

    @Test
    void everyVerificationResultHasAChineseHeadlineAndExplanationOnThePage() {
        assertThat(Arrays.stream(VerificationResult.values()).map(Enum::name)).allSatisfy(result -> {
            assertThat(VerificationPageController.HEADLINES).containsKey(result);
            assertThat(VerificationPageController.EXPLANATIONS).containsKey(result);
        });
        assertThat(VerificationPageController.HEADLINES).hasSize(VerificationResult.values().length);
    }
}
