package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-time notification rule as a case's notices apply it. */
class CorrectionNoticesTest {

    private static final MatterDefinition FOOD = Matters.foodLicense("MR-SP-T");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final CorrectionNotices notices = new CorrectionNotices(List.of());

    @Test
    void theFirstNoticeMayListAnythingAndKeepsNoReason() {
        CorrectionNotices.Judged first =
                notices.judge(FOOD, Map.of("layout", "unclear", "safety-rules", "missing"), "a reason", "officer1", AT);

        assertThat(first.notice().sequence()).isEqualTo(1);
        assertThat(first.notice().justification()).isNull();
        assertThat(first.justifiesNewItems()).isFalse();
    }

    @Test
    void aLaterNoticeRepeatingAnItemStillDefectiveNeedsNoReason() {
        notices.give(notices.judge(FOOD, Map.of("layout", "unclear"), null, "officer1", AT));

        CorrectionNotices.Judged second = notices.judge(FOOD, Map.of("layout", "still unclear"), null, "officer1", AT);

        assertThat(second.notice().sequence()).isEqualTo(2);
        assertThat(second.justifiesNewItems()).isFalse();
        assertThat(second.notice().justification()).isNull();
    }

    @Test
    void aLaterNoticeWithANewItemAndNoReasonIsNotAllAtOnce() {
        notices.give(notices.judge(FOOD, Map.of("layout", "unclear"), null, "officer1", AT));

        assertThatThrownBy(() -> notices.judge(FOOD, Map.of("safety-rules", "missing"), "  ", "officer1", AT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("correction.not-all-at-once"));
    }

    @Test
    void aLaterNoticeWithANewItemAndARecordedReasonNamesTheNewItems() {
        notices.give(notices.judge(FOOD, Map.of("layout", "unclear"), null, "officer1", AT));

        CorrectionNotices.Judged second = notices.judge(
                FOOD, Map.of("layout", "still unclear", "safety-rules", "new defect"), "replaced", "officer1", AT);

        assertThat(second.justifiesNewItems()).isTrue();
        assertThat(second.newItems()).containsExactly("safety-rules");
        assertThat(second.notice().justification()).isEqualTo("replaced");
    }

    @Test
    void aNoticeListsAtLeastOneMaterialOfTheCatalog() {
        assertThatThrownBy(() -> notices.judge(FOOD, Map.of(), null, "officer1", AT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("correction.no-items"));
        assertThatThrownBy(() -> notices.judge(FOOD, Map.of("nonsense", "x"), null, "officer1", AT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("correction.unknown-material"));
    }
}
