package io.onewindow.supervision.feedback;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.feedback.domain.Complaint;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Complaints: filed only by the person served about their own cases and visits (or recorded by an
 * operator from the hotline and the mailbox), and answered by the responsible department within
 * {@code complaint-working-days}.
 */
@UseCase
public class Complaints {

    private final ComplaintStore complaints;
    private final Ownership ownership;
    private final CaseClock caseClock;
    private final SupervisionSettings settings;
    private final Clock clock;

    Complaints(
            ComplaintStore complaints,
            Ownership ownership,
            CaseClock caseClock,
            SupervisionSettings settings,
            Clock clock) {
        this.complaints = complaints;
        this.ownership = ownership;
        this.caseClock = caseClock;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files a complaint from the portal or WeChat. About a case or booking: only the caller's own
     * (another's is "not found", never confirmed); about a service point, department or officer:
     * assigned to the department named.
     */
    public Complaint file(Caller caller, Complaint.Target target, String targetId, String department, String text) {
        String assigned = switch (target) {
            case CASE -> ownership.ownCase(caller, targetId).department();
            case BOOKING -> ownership.departmentOf(ownership.ownVisit(caller, targetId));
            case SERVICE_POINT -> department == null ? settings.defaultDepartment() : department;
            case DEPARTMENT -> targetId;
            case OFFICER -> department == null ? settings.defaultDepartment() : department;
        };
        Complaint.Channel channel =
                "onewindow-wechat".equals(caller.clientId()) ? Complaint.Channel.WECHAT : Complaint.Channel.PORTAL;
        return complaints.add(Complaint.file(
                UUID.randomUUID().toString(),
                caller.subject(),
                caller.username(),
                channel,
                target,
                targetId,
                assigned == null ? settings.defaultDepartment() : assigned,
                text,
                answerDue(),
                settings.complaintWorkingDays(),
                clock.instant()));
    }

    /**
     * A complaint taken by an operator from the 12345 hotline or the mailbox: the operator names the
     * department; the complainant is not a platform user, so nobody reads it back as "mine".
     */
    public Complaint record(
            Caller operator,
            Complaint.Channel channel,
            Complaint.Target target,
            String targetId,
            String department,
            String text) {
        if (channel != Complaint.Channel.HOTLINE && channel != Complaint.Channel.MAILBOX) {
            throw new InvalidValueException(
                    "complaint.operator-channel", "channel", "An operator records hotline and mailbox complaints");
        }
        return complaints.add(Complaint.file(
                UUID.randomUUID().toString(),
                null,
                operator.username(),
                channel,
                target,
                targetId,
                department,
                text,
                answerDue(),
                settings.complaintWorkingDays(),
                clock.instant()));
    }

    /** The department's answer, which closes the complaint. */
    public Complaint answer(Caller staff, String complaintId, String reply) {
        return complaints.change(
                complaintId,
                complaint -> complaint.answer(
                        reply, staff.username(), staff.department(), caseClock.today(clock), clock.instant()));
    }

    public List<Complaint> filedBy(Caller caller) {
        return complaints.find(
                Query.query(Criteria.where("complaint.complainantSubject").is(caller.subject()))
                        .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")));
    }

    public List<Complaint> of(String department) {
        return complaints.find(
                Query.query(Criteria.where("complaint.department").is(department))
                        .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")));
    }

    /** Every complaint, for statistics and the sweep. */
    public List<Complaint> all() {
        return complaints.all();
    }

    /** The complaints about one case, oldest first. */
    public List<Complaint> aboutCase(String caseId) {
        return complaints.find(Query.query(Criteria.where("complaint.targetType")
                        .is(Complaint.Target.CASE.name())
                        .and("complaint.targetId")
                        .is(caseId))
                .with(Sort.by("complaint.filedAt")));
    }

    private DueDate answerDue() {
        return caseClock.calendar().dueDate(caseClock.today(clock), settings.complaintWorkingDays());
    }
}
