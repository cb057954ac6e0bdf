package io.onewindow.elicense.notice;

import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeCanonicalForm;
import io.onewindow.elicense.notice.domain.NoticeContent;
import io.onewindow.elicense.notice.domain.NoticeFacts;
import io.onewindow.elicense.notice.domain.NoticeWording;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Writes and seals the notice of each act approval-service announces: the text from the facts
 * ({@link NoticeWording}), the SHA-256 of its canonical form, and the SM2 signature of that hash by
 * the department's current key. One notice per source event: its id is derived from the event id, so a
 * redelivered event finds it and writes nothing.
 *
 * <p>Who may read a notice as applicant is learned from the case's {@code ApplicationSubmitted}, which
 * arrives before the case's other events (same key, same partition): the username that filed it online
 * and the applicant's pseudonym. A case whose filing was not seen (filed before this listener ran) still
 * gets its notices; they name no username, carry the pseudonym only where the event itself does
 * ({@code ApplicationApproved}), and otherwise are read by the department's staff, who hand them over.
 */
@UseCase
public class NoticeIssuance {

    private static final Logger log = LoggerFactory.getLogger(NoticeIssuance.class);

    private final NoticeStore notices;
    private final NoticeCaseStore cases;
    private final MatterNameStore matters;
    private final DepartmentNameStore departments;
    private final DepartmentKeys keys;
    private final Clock clock;

    NoticeIssuance(
            NoticeStore notices,
            NoticeCaseStore cases,
            MatterNameStore matters,
            DepartmentNameStore departments,
            DepartmentKeys keys,
            Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.matters = matters;
        this.departments = departments;
        this.keys = keys;
        this.clock = clock;
    }

    /** Remembers who filed the case; a redelivery writes the same document again. */
    public void recordFiling(ApplicationSubmitted filing) {
        cases.save(new NoticeCaseDocument(
                filing.caseId(),
                filing.caseNumber(),
                filing.matterCode(),
                filing.matterVersion(),
                filing.department(),
                filing.channel() == null ? null : filing.channel().name(),
                filing.submittedBy(),
                filing.applicantType(),
                filing.applicantMasked(),
                filing.applicantPseudonym(),
                filing.receivedAt()));
    }

    /**
     * The facts the text was written from, with the department's Chinese name ({@code
     * departmentName}) when the registry told it: sealed with the rest, printed in the seal block.
     */
    private Map<String, String> withDepartmentName(Map<String, String> facts, String department) {
        Optional<String> name = departments.nameOf(department);
        if (name.isEmpty()) {
            return facts;
        }
        Map<String, String> with = new java.util.TreeMap<>(facts);
        with.put(NoticeContent.DEPARTMENT_NAME, name.get());
        return with;
    }

    /** Remembers the name of a published matter version. */
    public void recordMatter(MatterVersionPublished published) {
        if (published.matterCode() != null && published.name() != null) {
            matters.save(published.matterCode(), published.version(), published.name());
        }
    }

    /** Remembers a department's Chinese name from approval's registry, for the seal block. */
    public void recordDepartment(DepartmentRecorded department) {
        if (department.code() != null && department.name() != null) {
            departments.save(department.code(), department.version(), department.name());
        }
    }

    /**
     * Issues the notice of the act {@code facts} describe, caused by the event {@code sourceEventId};
     * empty when that event made its notice before.
     */
    public Optional<Notice> issue(NoticeFacts facts, String sourceEventId) {
        String id = Notice.idFor(sourceEventId);
        if (notices.find(id).isPresent()) {
            return Optional.empty();
        }
        Optional<NoticeCaseDocument> filing = cases.find(facts.caseId());
        if (filing.isEmpty()) {
            log.info(
                    "Notice {} of case {}: its filing was not seen, so no applicant username is known",
                    facts.kind(),
                    facts.caseId());
        }
        String matterName = facts.matterName() != null
                ? facts.matterName()
                : matters.nameOf(
                                facts.matterCode(),
                                filing.map(NoticeCaseDocument::matterVersion).orElse(null))
                        .orElse(null);
        String masked = facts.applicantMasked() != null
                ? facts.applicantMasked()
                : filing.map(NoticeCaseDocument::applicantMasked).orElse(null);
        Notice.Readers readers = readers(facts, filing);
        NoticeWording.Text text = NoticeWording.of(facts, matterName, masked);
        DepartmentKeys.ActiveKey key = keys.activeKey(facts.department());
        NoticeContent content = new NoticeContent(
                id,
                facts.caseId(),
                facts.caseNumber() != null
                        ? facts.caseNumber()
                        : filing.map(NoticeCaseDocument::caseNumber).orElse(null),
                facts.matterCode(),
                matterName,
                facts.department(),
                facts.kind(),
                facts.actedAt() != null ? facts.actedAt() : clock.instant(),
                masked,
                text.title(),
                text.paragraphs(),
                facts.items(),
                withDepartmentName(text.facts(), facts.department()),
                key.keyId());
        byte[] hash = NoticeCanonicalForm.hash(content);
        String signature = Base64.getEncoder().encodeToString(Sm2.sign(key.privateKey(), hash));
        Notice notice =
                Notice.issue(content, java.util.HexFormat.of().formatHex(hash), signature, readers, sourceEventId);
        try {
            return Optional.of(notices.add(notice));
        } catch (DuplicateKeyException raced) {
            // The same event delivered to two instances at once: the other one's notice stands.
            return Optional.empty();
        }
    }

    private static Notice.Readers readers(NoticeFacts facts, Optional<NoticeCaseDocument> filing) {
        if (filing.isPresent()) {
            NoticeCaseDocument f = filing.get();
            // At a window the filer is the officer, not the applicant: then the pseudonym alone names them.
            String username = Channel.ONLINE.name().equals(f.channel()) ? f.submittedBy() : null;
            String pseudonym = f.applicantPseudonym() != null ? f.applicantPseudonym() : facts.applicantPseudonym();
            return new Notice.Readers(username, pseudonym);
        }
        return new Notice.Readers(null, facts.applicantPseudonym());
    }
}
