package io.onewindow.notification.templates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.notification.NoticeTemplatePublished;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The version rules of one kind's templates: built-in version 1, drafts numbered on, one published. */
class KindTemplatesTest {

    private static final String V2 = "授权委托 {mandateId} 已于 {revokedAt} 撤销。";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final PlaceholderCheck check = new PlaceholderCheck(1000);

    @Test
    void theBuiltInTextIsThePublishedVersionOneAndRecordsNoEvent() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        assertThat(t.templateKey()).isEqualTo("mandate.revoked.principal");
        assertThat(t.versions()).hasSize(1);
        TemplateVersion v1 = t.published().orElseThrow();
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(TemplateState.PUBLISHED);
        assertThat(v1.text().body())
                .isEqualTo(NoticeKind.MANDATE_REVOKED.template().text());
        assertThat(v1.text().title()).isEqualTo("授权委托已撤销");
        assertThat(v1.createdBy()).isEqualTo(KindTemplates.BUILT_IN);
        assertThat(v1.placeholders()).containsExactly("mandateId", "revokedAt");
        assertThat(t.template().orElseThrow()).isEqualTo(NoticeKind.MANDATE_REVOKED.template());
        assertThat(t.pendingEvents()).isEmpty();
    }

    @Test
    void aDraftTakesTheNextNumberChangesNothingInUseAndIsRecorded() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        clock.advance(Duration.ofMinutes(5));
        TemplateVersion v2 = t.draft(new TemplateText("撤销", V2, null), check, "admin1", clock.instant());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.state()).isEqualTo(TemplateState.DRAFT);
        assertThat(v2.createdBy()).isEqualTo("admin1");
        assertThat(v2.createdAt()).isEqualTo(clock.instant());
        assertThat(t.template().orElseThrow().version()).isEqualTo(1);
        assertThat(t.draft(new TemplateText("撤销", V2, null), check, "admin2", clock.instant())
                        .number())
                .isEqualTo(3);
        assertThat(t.versions()).extracting(TemplateVersion::number).containsExactly(3, 2, 1);
        assertThat(t.pendingEvents())
                .first()
                .isEqualTo(new NoticeTemplatePublished(
                        "MANDATE_REVOKED", "mandate.revoked.principal", 2, "DRAFT", null, "admin1", clock.instant()));
    }

    @Test
    void aRefusedDraftIsNotAddedAndRecordsNothing() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        assertThatThrownBy(() ->
                        t.draft(new TemplateText("撤销", "授权 {mandateId} 已撤销", null), check, "admin1", clock.instant()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(t.versions()).hasSize(1);
        assertThat(t.pendingEvents()).isEmpty();
    }

    @Test
    void publishingADraftRetiresTheVersionInUse() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        t.draft(new TemplateText("撤销", V2, null), check, "admin1", clock.instant());
        clock.advance(Duration.ofHours(1));
        TemplateVersion v2 = t.publish(2, check, "admin2", clock.instant());
        assertThat(v2.state()).isEqualTo(TemplateState.PUBLISHED);
        assertThat(v2.publishedBy()).isEqualTo("admin2");
        assertThat(v2.publishedAt()).isEqualTo(clock.instant());
        TemplateVersion v1 = t.version(1);
        assertThat(v1.state()).isEqualTo(TemplateState.RETIRED);
        assertThat(v1.retiredBy()).isEqualTo("admin2");
        assertThat(t.template().orElseThrow().version()).isEqualTo(2);
        assertThat(t.template().orElseThrow().text()).isEqualTo(V2);
        assertThat(t.versions())
                .filteredOn(v -> v.state() == TemplateState.PUBLISHED)
                .hasSize(1);
        assertThat(t.pendingEvents())
                .last()
                .isEqualTo(new NoticeTemplatePublished(
                        "MANDATE_REVOKED", "mandate.revoked.principal", 2, "PUBLISHED", 1, "admin2", clock.instant()));
    }

    @Test
    void onlyADraftIsPublished() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        t.draft(new TemplateText("撤销", V2, null), check, "admin1", clock.instant());
        t.publish(2, check, "admin1", clock.instant());
        assertThatThrownBy(() -> t.publish(2, check, "admin1", clock.instant()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("template.not-draft"));
        assertThatThrownBy(() -> t.publish(1, check, "admin1", clock.instant())).isInstanceOf(ConflictException.class);
        assertThat(t.template().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        assertThatThrownBy(() -> t.publish(7, check, "admin1", clock.instant())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsCheckedAgainWhenPublished() {
        KindTemplates t = KindTemplates.seed(NoticeKind.MANDATE_REVOKED, clock.instant());
        String longer = V2 + "。".repeat(50);
        t.draft(new TemplateText("撤销", longer, null), check, "admin1", clock.instant());
        // the limit was lowered since the draft was saved
        assertThatThrownBy(() -> t.publish(2, new PlaceholderCheck(40), "admin1", clock.instant()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("template.too-long"));
        assertThat(t.version(2).state()).isEqualTo(TemplateState.DRAFT);
        assertThat(t.template().orElseThrow().version()).isEqualTo(1);
    }
}
