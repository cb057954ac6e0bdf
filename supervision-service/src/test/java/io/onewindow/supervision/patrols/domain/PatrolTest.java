package io.onewindow.supervision.patrols.domain;

import static io.onewindow.supervision.patrols.domain.Patrols.JPEG;
import static io.onewindow.supervision.patrols.domain.Patrols.NOW;
import static io.onewindow.supervision.patrols.domain.Patrols.PNG;
import static io.onewindow.supervision.patrols.domain.Patrols.SEVEN_DAYS;
import static io.onewindow.supervision.patrols.domain.Patrols.seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.PatrolObserved;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatrolTest {

    @Test
    void anObservationMayBeRecordedUpToTheMaximumAgeAndNotAfter() {
        assertThatCode(() -> Patrol.check(seen(PatrolCategory.QUEUE_ORDER, NOW.minus(SEVEN_DAYS)), NOW, SEVEN_DAYS))
                .doesNotThrowAnyException();
        assertThatCode(() -> Patrol.check(seen(PatrolCategory.QUEUE_ORDER, NOW), NOW, SEVEN_DAYS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Patrol.check(
                        seen(PatrolCategory.QUEUE_ORDER, NOW.minus(SEVEN_DAYS).minusSeconds(1)), NOW, SEVEN_DAYS))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "patrol.observed-too-long-ago");
    }

    @Test
    void anObservationInTheFutureIsRefused() {
        assertThatThrownBy(() -> Patrol.check(seen(PatrolCategory.QUEUE_ORDER, NOW.plusSeconds(1)), NOW, SEVEN_DAYS))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "patrol.observed-in-future");
    }

    @Test
    void theDescriptionHasOneTo2000Characters() {
        Patrol.Observation longest =
                new Patrol.Observation("panyu-district-center", null, PatrolCategory.OTHER, "字".repeat(2000), NOW);
        Patrol.Observation tooLong =
                new Patrol.Observation("panyu-district-center", null, PatrolCategory.OTHER, "字".repeat(2001), NOW);
        Patrol.Observation blank =
                new Patrol.Observation("panyu-district-center", null, PatrolCategory.OTHER, "  ", NOW);
        assertThatCode(() -> Patrol.check(longest, NOW, SEVEN_DAYS)).doesNotThrowAnyException();
        for (Patrol.Observation refused : List.of(tooLong, blank)) {
            assertThatThrownBy(() -> Patrol.check(refused, NOW, SEVEN_DAYS))
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "patrol.description");
        }
    }

    @Test
    void categoriesThatAllegeMisconductRaiseRule21AndTheOthersRaiseNothing() {
        EnumSet<PatrolCategory> misconduct = EnumSet.of(
                PatrolCategory.STAFF_ABSENT_FROM_POST,
                PatrolCategory.STAFF_CONDUCT,
                PatrolCategory.INTERMEDIARY_ON_SITE,
                PatrolCategory.SCALPING,
                PatrolCategory.OFF_SYSTEM_HANDLING);
        for (PatrolCategory category : PatrolCategory.values()) {
            Patrol patrol = Patrol.observe(
                    seen(category, NOW.minusSeconds(60)),
                    new Patrol.Recording("patrol-" + category, "volunteer1", null, null, null, null, "h"),
                    NOW,
                    SEVEN_DAYS);
            assertThat(patrol.alert().isPresent()).as(category.name()).isEqualTo(misconduct.contains(category));
            assertThat(patrol.alertId() != null).as(category.name()).isEqualTo(misconduct.contains(category));
        }
    }

    @Test
    void rule21sAlertNamesTheObservationAsEvidenceAndTheWindowsDepartment() {
        Patrol patrol = Patrols.scalpersSeenAtWindow3("market-regulation");

        AlertCandidate alert = patrol.alert().orElseThrow();

        assertThat(alert.ruleNumber()).isEqualTo(21);
        assertThat(alert.ruleCode()).isEqualTo("patrol.misconduct-observed");
        assertThat(alert.alertId())
                .isEqualTo("patrol.misconduct-observed:PATROL:patrol-1")
                .isEqualTo(patrol.alertId());
        assertThat(alert.evidence()).containsExactly("patrol-1");
        assertThat(alert.department()).isEqualTo("market-regulation");
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.caseId()).isNull();
        assertThat(alert.involved()).isEmpty();
        assertThat(alert.raisedAt()).isEqualTo(NOW);
        assertThat(alert.details())
                .containsEntry("patrolId", List.of("patrol-1"))
                .containsEntry("category", List.of("SCALPING"))
                .containsEntry("window", List.of("3"));
    }

    @Test
    void anAlertWhoseWindowsDepartmentIsUnknownHasNoDepartment() {
        assertThat(Patrols.scalpersSeenAtWindow3(null).alert().orElseThrow().department())
                .isNull();
    }

    @Test
    void aRecordOnlyCategoryRefusesToMakeAnAlert() {
        assertThatThrownBy(() -> PatrolMisconductAlert.of(Patrols.brokenTicketMachineSeen()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEventNamesTheVolunteerByPseudonymAndThePhotoByIdAndHashOnly() {
        Patrol patrol = Patrols.scalpersSeenAtWindow3("market-regulation");

        assertThat(patrol.pendingEvents())
                .containsExactly(new PatrolObserved(
                        "patrol-1",
                        "panyu-district-center",
                        "3",
                        "SCALPING",
                        "market-regulation",
                        NOW.minusSeconds(600),
                        "hmac-of-the-id-number",
                        "65f0c0ffee0000000000beef",
                        PatrolPhoto.sha256Of(JPEG),
                        NOW));
        String event = patrol.pendingEvents().get(0).toString();
        assertThat(event).doesNotContain("volunteer1,").doesNotContain(patrol.description());
        assertThat(patrol.photoContentType()).isEqualTo("image/jpeg");
        assertThat(patrol.photoSize()).isEqualTo(JPEG.length);
    }

    @Test
    void aPhotoIsJpegOrPngByItsLeadingBytes() {
        assertThat(PatrolPhoto.of(JPEG, 1024).contentType()).isEqualTo("image/jpeg");
        assertThat(PatrolPhoto.of(PNG, 1024).contentType()).isEqualTo("image/png");
        byte[] gif = "GIF89a-not-allowed".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        for (byte[] refused : List.of(gif, pdf, Arrays.copyOf(PNG, 4))) {
            assertThatThrownBy(() -> PatrolPhoto.of(refused, 1024))
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "patrol.photo-type");
        }
    }

    @Test
    void aPhotoOverTheLimitOrEmptyIsRefused() {
        byte[] exactly = Arrays.copyOf(JPEG, 100);
        assertThat(PatrolPhoto.of(exactly, 100).sha256()).hasSize(64);
        assertThatThrownBy(() -> PatrolPhoto.of(Arrays.copyOf(JPEG, 101), 100))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "patrol.photo-too-large");
        assertThatThrownBy(() -> PatrolPhoto.of(new byte[0], 100))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "patrol.photo-empty");
    }
}
