package io.onewindow.elicense.notice;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.Holders;
import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The notices of a case, to the people they are for: its applicant (the user who filed it online,
 * or the citizen or enterprise whose verified ID number or credit code has the applicant's pseudonym)
 * and the window officers and approvers of the case's department. Anyone else is refused (403
 * {@code notice.not-reader}), whether or not the case has notices. The applicant's first fetch of a
 * notice (in a listing or as PDF) delivers it: delivered-at, channel {@code ONLINE}, and a
 * {@code NoticeDelivered} event; staff fetches deliver nothing.
 */
@UseCase
public class NoticeDesk {

    public static final String NOT_READER = "notice.not-reader";

    private final NoticeStore notices;
    private final NoticeCaseStore cases;
    private final NoticePdf pdf;
    private final IdentityPseudonyms pseudonyms;
    private final LicenseSettings settings;
    private final Clock clock;

    NoticeDesk(
            NoticeStore notices,
            NoticeCaseStore cases,
            NoticePdf pdf,
            IdentityPseudonyms pseudonyms,
            LicenseSettings settings,
            Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.pdf = pdf;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.clock = clock;
    }

    /** A notice as PDF. */
    public record PrintedNotice(Notice notice, byte[] pdf) {}

    /** One page of the notices of {@code caseId}, oldest first; delivers the undelivered ones on it to their applicant. */
    public Page<Notice> ofCase(String caseId, Caller caller, Pageable page) {
        List<Notice> all = notices.ofCase(caseId);
        int from = (int) Math.min(page.getOffset(), all.size());
        // only the notices on the page are shown, so only they are delivered
        List<Notice> found = all.subList(from, (int) Math.min(from + (long) page.getPageSize(), all.size()));
        Notice first = all.isEmpty() ? null : all.get(0);
        Optional<NoticeCaseDocument> filing = cases.find(caseId);
        String department = filing.map(NoticeCaseDocument::department)
                .orElse(first == null ? null : first.content().department());
        if (department == null) {
            throw refused();
        }
        if (isStaffOf(caller, department)) {
            return new PageImpl<>(found, page, all.size());
        }
        Notice.Readers readers =
                filing.map(NoticeDesk::readersOf).orElse(first == null ? Notice.Readers.NONE : first.readers());
        if (!isApplicant(caller, readers)) {
            throw refused();
        }
        List<Notice> shown = new ArrayList<>(found.size());
        for (Notice notice : found) {
            shown.add(isApplicant(caller, notice.readers()) ? delivered(notice) : notice);
        }
        return new PageImpl<>(shown, page, all.size());
    }

    /** One notice as PDF, for its applicant (which delivers it) or the department's staff. */
    public PrintedNotice pdf(String noticeId, Caller caller) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        if (!isStaffOf(caller, notice.content().department())) {
            if (!isApplicant(caller, notice.readers())) {
                throw refused();
            }
            notice = delivered(notice);
        }
        return new PrintedNotice(notice, pdf.render(notice, settings.notices().verificationUrl()));
    }

    private Notice delivered(Notice notice) {
        if (notice.deliveredAt() != null) {
            return notice;
        }
        notices.changeIf(notice.id(), n -> n.deliverOnline(clock.instant()));
        return notices.find(notice.id()).orElse(notice);
    }

    private static boolean isStaffOf(Caller caller, String department) {
        return caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER) && caller.belongsTo(department);
    }

    /**
     * Whether the caller is the applicant: the citizen, enterprise or agent who filed the case online,
     * or a citizen or enterprise whose verified code has the applicant's pseudonym (under any
     * configured version of the platform key).
     */
    private boolean isApplicant(Caller caller, Notice.Readers readers) {
        if (readers.username() != null
                && readers.username().equals(caller.username())
                && caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)) {
            return true;
        }
        if (readers.pseudonym() == null || !Holders.isHolder(caller)) {
            return false;
        }
        boolean match = false;
        if (caller.idNumber() != null && !caller.idNumber().isBlank()) {
            match |= pseudonyms.matches(readers.pseudonym(), p -> p.ofApplicant(caller.idNumber(), false));
        }
        if (caller.creditCode() != null && !caller.creditCode().isBlank()) {
            match |= pseudonyms.matches(readers.pseudonym(), p -> p.ofApplicant(caller.creditCode(), true));
        }
        return match;
    }

    private static Notice.Readers readersOf(NoticeCaseDocument filing) {
        String username =
                io.onewindow.platform.events.approval.Channel.ONLINE.name().equals(filing.channel())
                        ? filing.submittedBy()
                        : null;
        return new Notice.Readers(username, filing.applicantPseudonym());
    }

    private static AccessRefusedException refused() {
        return new AccessRefusedException(
                NOT_READER, "only the applicant and the case department's officers and approvers read its notices");
    }
}
