package io.onewindow.elicense.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.license.NoticeDelivered;
import io.onewindow.platform.events.license.NoticeIssued;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final KeyPair KEY = Sm2.generateKeyPair();

    private static Notice sealed(NoticeContent content) {
        byte[] hash = NoticeCanonicalForm.hash(content);
        return Notice.issue(
                content,
                HexFormat.of().formatHex(hash),
                Base64.getEncoder().encodeToString(Sm2.sign(KEY.getPrivate(), hash)),
                new Notice.Readers("citizen1", "pseudonym"),
                "event-1");
    }

    @Test
    void theIdFollowsFromTheSourceEventSoARedeliveryFindsTheSameNotice() {
        assertThat(Notice.idFor("event-1")).isEqualTo(Notice.idFor("event-1")).matches(Notice.ID);
        assertThat(Notice.idFor("event-2")).isNotEqualTo(Notice.idFor("event-1"));
    }

    @Test
    void issuingRecordsNoticeIssuedWithTheHashAndKey() {
        NoticeContent content = NoticeSamples.content(NoticeSamples.acceptance(), "market-regulation-k1");
        Notice notice = sealed(content);

        List<DomainEvent> events = notice.pullEvents();

        assertThat(events).hasSize(1);
        NoticeIssued issued = (NoticeIssued) events.get(0);
        assertThat(issued.noticeId()).isEqualTo(content.noticeId());
        assertThat(issued.kind()).isEqualTo("ACCEPTANCE");
        assertThat(issued.keyId()).isEqualTo("market-regulation-k1");
        assertThat(issued.contentHash()).isEqualTo(NoticeCanonicalForm.hashHex(content));
        assertThat(issued.issuedAt()).isEqualTo(NoticeSamples.AT);
    }

    @Test
    void isDeliveredOnceOnline() {
        Notice notice = sealed(NoticeSamples.content(NoticeSamples.correction(), "market-regulation-k1"));
        notice.pullEvents();
        Instant first = Instant.parse("2026-03-03T01:00:00Z");

        assertThat(notice.deliverOnline(first)).isTrue();
        assertThat(notice.deliverOnline(first.plusSeconds(60))).isFalse();

        assertThat(notice.deliveredAt()).isEqualTo(first);
        assertThat(notice.deliveryChannel()).isEqualTo("ONLINE");
        assertThat(notice.pullEvents())
                .containsExactly(
                        new NoticeDelivered(notice.id(), "case-1", "CORRECTION", "market-regulation", "ONLINE", first));
    }

    @Test
    void theSealHoldsForTheSignedContentAndBreaksWhenAFieldChanges() {
        NoticeContent content = NoticeSamples.content(NoticeSamples.denial(), "market-regulation-k1");
        Notice notice = sealed(content);
        byte[] hash = HexFormat.of().parseHex(notice.contentHash());

        assertThat(notice.contentMatchesHash()).isTrue();
        assertThat(Sm2.verify(KEY.getPublic(), hash, Base64.getDecoder().decode(notice.signature())))
                .isTrue();

        NoticeContent tampered = new NoticeContent(
                content.noticeId(),
                content.caseId(),
                content.caseNumber(),
                content.matterCode(),
                content.matterName(),
                content.department(),
                NoticeKind.APPROVAL,
                content.issuedAt(),
                content.applicantMasked(),
                content.title(),
                content.paragraphs(),
                content.items(),
                content.facts(),
                content.keyId());
        Notice stored =
                new Notice(tampered, notice.contentHash(), notice.signature(), notice.readers(), "event-1", null, null);
        assertThat(stored.contentMatchesHash()).isFalse();
        byte[] otherHash = NoticeCanonicalForm.hash(tampered);
        assertThat(Sm2.verify(KEY.getPublic(), otherHash, Base64.getDecoder().decode(notice.signature())))
                .isFalse();
    }
}
