package io.onewindow.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.rules.CorrectionRule.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionRuleTest {

    @Test
    void theFirstNoticeMayListAnything() {
        var judgement = CorrectionRule.judge(1, List.of(), List.of("ID", "LEASE"), null);

        assertThat(judgement.verdict()).isEqualTo(Verdict.FIRST_NOTICE);
        assertThat(judgement.verdict().lawful()).isTrue();
        assertThat(judgement.verdict().addsItems()).isFalse();
        assertThat(judgement.newItems()).isEmpty();
    }

    @Test
    void aSecondNoticeRepeatingItemsStillDefectiveIsLawfulWithoutAReason() {
        var judgement = CorrectionRule.judge(2, List.of("ID", "LEASE"), List.of("LEASE"), "");

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPEATS_EARLIER_ITEMS);
        assertThat(judgement.verdict().lawful()).isTrue();
        assertThat(judgement.verdict().addsItems()).isFalse();
    }

    @Test
    void aSecondNoticeNamingANewItemWithoutAReasonBreaksTheRule() {
        var judgement = CorrectionRule.judge(2, List.of("ID"), List.of("ID", "LEASE", "PLAN"), "  ");

        assertThat(judgement.verdict()).isEqualTo(Verdict.NEW_ITEMS_UNJUSTIFIED);
        assertThat(judgement.verdict().lawful()).isFalse();
        assertThat(judgement.newItems()).containsExactly("LEASE", "PLAN");
    }

    @Test
    void aNewItemWithARecordedReasonIsLawfulButReported() {
        var judgement = CorrectionRule.judge(3, List.of("ID", "LEASE"), List.of("PLAN"), "the new plan is unsigned");

        assertThat(judgement.verdict()).isEqualTo(Verdict.NEW_ITEMS_JUSTIFIED);
        assertThat(judgement.verdict().lawful()).isTrue();
        assertThat(judgement.verdict().addsItems()).isTrue();
        assertThat(judgement.newItems()).containsExactly("PLAN");
    }

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> CorrectionRule.judge(0, List.of(), List.of("ID"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
