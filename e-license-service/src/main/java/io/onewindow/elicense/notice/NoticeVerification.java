package io.onewindow.elicense.notice;

import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeCanonicalForm;
import io.onewindow.elicense.notice.domain.NoticeContent;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Instant;
import java.util.Base64;

/**
 * Public verification of a notice, no token: {@code VALID} when the stored content still hashes to the
 * hash that was signed and the SM2 signature of that hash verifies with the published key it names;
 * {@code INVALID} otherwise (content, hash, signature or key id changed in the store, or a key that
 * was never published). Shows only what the notice's reader already knows: kind, case number,
 * department, issue time, the masked applicant.
 */
@UseCase
public class NoticeVerification {

    public static final String VALID = "VALID";
    public static final String INVALID = "INVALID";

    private final NoticeStore notices;
    private final DepartmentKeys keys;

    NoticeVerification(NoticeStore notices, DepartmentKeys keys) {
        this.notices = notices;
        this.keys = keys;
    }

    /** The answer of a verification. */
    public record Answer(
            String result,
            String noticeId,
            String kind,
            String title,
            String caseNumber,
            String department,
            Instant issuedAt,
            String applicantMasked,
            String keyId,
            String contentHash) {}

    public Answer verify(String noticeId) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        NoticeContent c = notice.content();
        return new Answer(
                sealHolds(notice) ? VALID : INVALID,
                notice.id(),
                c.kind().name(),
                c.title(),
                c.caseNumber(),
                c.department(),
                c.issuedAt(),
                c.applicantMasked(),
                c.keyId(),
                notice.contentHash());
    }

    private boolean sealHolds(Notice notice) {
        if (!notice.contentMatchesHash()) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(notice.signature());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        byte[] hash = NoticeCanonicalForm.hash(notice.content());
        return keys.publicKey(notice.content().keyId())
                .map(key -> Sm2.verify(key, hash, signature))
                .orElse(false);
    }
}
