package io.onewindow.supervision.feedback;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.ComplaintSubjects;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Complaints: filed only by the person served about their own cases and visits (or recorded by an
 * operator from the hotline and the mailbox), and answered by the responsible department within
 * {@code complaint-working-days}. A complaint never reaches the staff whose conduct it questions
 * ({@link ComplaintSubjects}): they do not see it, by list or by id, nor answer it; the department's
 * other admins do, and inspection sees and may answer every complaint that questions staff conduct.
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
        String assigned;
        List<String> involved;
        switch (target) {
            case CASE -> {
                CaseTimeline c = ownership.ownCase(caller, targetId);
                assigned = c.department();
                involved = ComplaintSubjects.ofCase(c, caller.username());
            }
            case BOOKING -> {
                Visit visit = ownership.ownVisit(caller, targetId);
                assigned = ownership.departmentOf(visit);
                involved = ComplaintSubjects.ofVisit(visit.checkedInBy());
            }
            case SERVICE_POINT -> {
                assigned = department == null ? settings.defaultDepartment() : department;
                involved = List.of();
            }
            case DEPARTMENT -> {
                assigned = targetId;
                involved = List.of();
            }
            case OFFICER -> {
                assigned = department == null ? settings.defaultDepartment() : department;
                involved = ComplaintSubjects.ofOfficer(targetId);
            }
            default -> throw new IllegalStateException("unknown target " + target);
        }
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
                involved,
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
        List<String> involved = switch (target) {
            case CASE ->
                ownership
                        .anyCase(targetId)
                        .map(c -> ComplaintSubjects.ofCase(c, null))
                        .orElse(List.of());
            case BOOKING ->
                ownership
                        .anyVisit(targetId)
                        .map(v -> ComplaintSubjects.ofVisit(v.checkedInBy()))
                        .orElse(List.of());
            case OFFICER -> ComplaintSubjects.ofOfficer(targetId);
            default -> List.of();
        };
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
                involved,
                clock.instant()));
    }

    /**
     * The department's answer, which closes the complaint: by an admin of the department it is
     * assigned to whom it does not concern (one it concerns is told it does not exist).
     */
    public Complaint answer(Caller staff, String complaintId, String reply) {
        return complaints.change(
                complaintId,
                complaint -> complaint.answer(
                        reply, staff.username(), staff.department(), caseClock.today(clock), clock.instant()));
    }

    /** An inspector's answer to a complaint that questions staff conduct and does not concern them. */
    public Complaint answerByInspection(Caller inspector, String complaintId, String reply) {
        return complaints.change(
                complaintId,
                complaint -> complaint.answerByInspection(
                        reply, inspector.username(), caseClock.today(clock), clock.instant()));
    }

    public List<Complaint> filedBy(Caller caller) {
        return complaints.find(
                Query.query(Criteria.where("complaint.complainantSubject").is(caller.subject()))
                        .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")));
    }

    /**
     * The complaints of the admin's department, newest first, without those that concern the admin
     * (conflict of interest: the department's other admins and inspection handle them).
     */
    public List<Complaint> forDepartmentAdmin(Caller admin) {
        if (admin.department() == null) {
            return List.of();
        }
        return complaints
                .find(Query.query(Criteria.where("complaint.department").is(admin.department()))
                        .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")))
                .stream()
                .filter(c -> c.visibleToDepartmentAdmin(admin.department(), admin.username()))
                .toList();
    }

    /** One complaint of the admin's department that does not concern them; any other is "not found". */
    public Complaint readByDepartmentAdmin(Caller admin, String complaintId) {
        return complaints
                .find(complaintId)
                .filter(c -> c.visibleToDepartmentAdmin(admin.department(), admin.username()))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId));
    }

    /**
     * The complaints that question staff conduct, of every department or of {@code department},
     * newest first, for inspection; none that concerns the inspector.
     */
    public List<Complaint> namingStaff(Caller inspector, String department) {
        Query query = department == null
                ? new Query()
                : Query.query(Criteria.where("complaint.department").is(department));
        return complaints.find(query.with(Sort.by(Sort.Direction.DESC, "complaint.filedAt"))).stream()
                .filter(Complaint::namesStaff)
                .filter(c -> !c.concerns(inspector.username()))
                .toList();
    }

    /** Any complaint, for inspection, unless it concerns the inspector ("not found" then). */
    public Complaint readByInspection(Caller inspector, String complaintId) {
        return complaints
                .find(complaintId)
                .filter(c -> !c.concerns(inspector.username()))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId));
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
