package io.onewindow.notification.webhook.domain;

import static io.onewindow.notification.webhook.domain.WebhookFixtures.ACCEPTED;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.AT;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.DENIED;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.taxPartnerSubscribedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.notification.WebhookSubscriptionChanged;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    @Test
    void itWantsTheTypesItNamesOfItsOwnDepartmentOnly() {
        WebhookSubscription s = taxPartnerSubscribedTo(ACCEPTED);
        assertThat(s.wants(ACCEPTED, "tax")).isTrue();
        assertThat(s.wants(ACCEPTED, "housing")).isFalse();
        assertThat(s.wants(DENIED, "tax")).isFalse();
    }

    @Test
    void aDisabledOrDeletedSubscriptionWantsNothing() {
        WebhookSubscription s = taxPartnerSubscribedTo(ACCEPTED);
        assertThat(s.disable("admin1", AT)).isTrue();
        assertThat(s.disable("admin1", AT)).isFalse();
        assertThat(s.wants(ACCEPTED, "tax")).isFalse();
        assertThat(s.enable("admin1", AT)).isTrue();
        assertThat(s.wants(ACCEPTED, "tax")).isTrue();
        s.delete("admin1", AT);
        assertThat(s.wants(ACCEPTED, "tax")).isFalse();
        assertThatThrownBy(() -> s.enable("admin1", AT))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("webhook.deleted"));
    }

    @Test
    void eachChangeIsRecordedWithoutTheSecret() {
        WebhookSubscription s = WebhookSubscription.create(
                "sub-2",
                new WebhookSubscription.Request(
                        "partner-tax", "tax", List.of(ACCEPTED), WebhookUrl.of("https://t.example/h", false), "x"),
                new SigningSecret("the-secret"),
                "admin1",
                AT);
        s.disable("admin1", AT);
        s.rotateSecret(new SigningSecret("next-secret"), Duration.ofHours(1), "admin1", AT);
        assertThat(s.pullEvents())
                .map(e -> (WebhookSubscriptionChanged) e)
                .extracting(WebhookSubscriptionChanged::change, WebhookSubscriptionChanged::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CREATED", true),
                        org.assertj.core.groups.Tuple.tuple("DISABLED", false),
                        org.assertj.core.groups.Tuple.tuple("SECRET_ROTATED", false));
    }

    @Test
    void afterARotationTheOldSecretSignsTooUntilTheGraceEnds() {
        WebhookSubscription s = taxPartnerSubscribedTo(ACCEPTED);
        s.rotateSecret(new SigningSecret("second-secret"), Duration.ofHours(24), "admin1", AT);
        assertThat(s.secretsAt(AT.plus(Duration.ofHours(24)).minusSeconds(1)))
                .extracting(SigningSecret::value)
                .containsExactly("second-secret", "first-secret");
        assertThat(s.secretsAt(AT.plus(Duration.ofHours(24))))
                .extracting(SigningSecret::value)
                .containsExactly("second-secret");
    }

    @Test
    void withoutGraceTheOldSecretEndsAtOnce() {
        WebhookSubscription s = taxPartnerSubscribedTo(ACCEPTED);
        s.rotateSecret(new SigningSecret("second-secret"), Duration.ZERO, "admin1", AT);
        assertThat(s.secretsAt(AT)).extracting(SigningSecret::value).containsExactly("second-secret");
    }

    @Test
    void onlySubscribableTypesAreAcceptedAndRepeatsCountOnce() {
        assertThat(WebhookEventTypes.requireSubscribable(List.of(ACCEPTED, ACCEPTED, DENIED)))
                .containsExactly(ACCEPTED, DENIED);
        assertThatThrownBy(() -> WebhookEventTypes.requireSubscribable(List.of(ACCEPTED, "onewindow.approval.Nope.v1")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("webhook.unknown-event-type"));
        // internal events are not offered
        assertThatThrownBy(() ->
                        WebhookEventTypes.requireSubscribable(List.of("onewindow.approval.DepartmentRecorded.v1")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookEventTypes.requireSubscribable(List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("webhook.no-event-type"));
    }

    @Test
    void theSubscribableTypesAreTheCaseAndLicenseEvents() {
        assertThat(WebhookEventTypes.ALL)
                .contains(
                        "onewindow.approval.ApplicationSubmitted.v1",
                        "onewindow.approval.ApplicationApproved.v2",
                        "onewindow.license.LicenseIssued.v1")
                .doesNotContain("onewindow.approval.PartnerReportRefused.v1", "onewindow.license.LicenseUsed.v1")
                .doesNotHaveDuplicates();
        assertThat(WebhookEventTypes.isCaseEvent(ACCEPTED)).isTrue();
        assertThat(WebhookEventTypes.isCaseEvent("onewindow.license.LicenseIssued.v1"))
                .isFalse();
    }
}
