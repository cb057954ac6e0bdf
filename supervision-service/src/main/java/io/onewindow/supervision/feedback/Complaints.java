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
import io.onewindow.supervision.feedback.domain.ComplaintRouting;
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
 * operator from the hotline and the mailbox), routed ({@link ComplaintRouting}) to the responsible
 * department or to the discipline inspectors, and answered within {@code complaint-working-days}. A
 * complaint never reaches the staff whose conduct it questions ({@link ComplaintSubjects}): they do
 * not see it, by list or by id, nor answer it; one that questions a person's conduct or alleges
 * misconduct never reaches his department at all. The inspectors assign, answer and close theirs
 * and read every complaint. The complainant contests an answer once (it reopens with the inspectors)
 * and rates it once.
 */
@UseCase
public class Complaints {

    private final ComplaintStore complaints;
    private final Departments departments;
    private final Ownership ownership;
    private final CaseClock caseClock;
    private final SupervisionSettings settings;
    private final Clock clock;

    Complaints(
            ComplaintStore complaints,
            Departments departments,
            Ownership ownership,
            CaseClock caseClock,
            SupervisionSettings settings,
            Clock clock) {
        this.complaints = complaints;
        this.departments = departments;
        this.ownership = ownership;
        this.caseClock = caseClock;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files a complaint from the portal or WeChat. About a case or booking: only the caller's own
     * (another's is "not found", never confirmed); about a service point, department or officer:
     * assigned to the department named, which must be known. Routed by {@link ComplaintRouting}.
     *
     * @throws InvalidValueException {@code complaint.unknown-department} naming the field
     *     ({@code department}, or {@code targetId} for a complaint about a department)
     */
    public Complaint file(
            Caller caller,
            Complaint.Target target,
            String targetId,
            String department,
            Complaint.Category category,
            String text) {
        String assigned;
        String namedIn = null;
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
                namedIn = department == null ? null : "department";
                involved = List.of();
            }
            case DEPARTMENT -> {
                assigned = targetId;
                namedIn = "targetId";
                involved = List.of();
            }
            case OFFICER -> {
                assigned = department == null ? settings.defaultDepartment() : department;
                namedIn = department == null ? null : "department";
                involved = ComplaintSubjects.ofOfficer(targetId);
            }
            default -> throw new IllegalStateException("unknown target " + target);
        }
        ComplaintRouting.Route route = ComplaintRouting.route(
                target,
                assigned == null ? settings.defaultDepartment() : assigned,
                namedIn,
                category,
                departments::isKnown);
        Complaint.Channel channel =
                "onewindow-wechat".equals(caller.clientId()) ? Complaint.Channel.WECHAT : Complaint.Channel.PORTAL;
        return complaints.add(Complaint.file(
                UUID.randomUUID().toString(),
                caller.subject(),
                caller.username(),
                channel,
                target,
                targetId,
                route,
                category,
                text,
                answerDue(),
                settings.complaintWorkingDays(),
                involved,
                clock.instant()));
    }

    /**
     * A complaint taken by an operator from the 12345 hotline or the mailbox: the operator names the
     * department, which must be known; the complainant is not a platform user, so nobody reads it
     * back as "mine". Routed by {@link ComplaintRouting}.
     */
    public Complaint record(
            Caller operator,
            Complaint.Channel channel,
            Complaint.Target target,
            String targetId,
            String department,
            Complaint.Category category,
            String text) {
        if (channel != Complaint.Channel.HOTLINE && channel != Complaint.Channel.MAILBOX) {
            throw new InvalidValueException(
                    "complaint.operator-channel", "channel", "An operator records hotline and mailbox complaints");
        }
        ComplaintRouting.Route route =
                ComplaintRouting.route(target, department, "department", category, departments::isKnown);
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
                route,
                category,
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

    /** An inspector's answer to a complaint the inspectors handle that does not concern them. */
    public Complaint answerByInspection(Caller inspector, String complaintId, String reply) {
        return complaints.change(
                complaintId,
                complaint -> complaint.answerByInspection(
                        reply, inspector.username(), caseClock.today(clock), clock.instant()));
    }

    /** Assigns a complaint the inspectors handle to the inspector {@code assignee}. */
    public Complaint assign(Caller inspector, String complaintId, String assignee) {
        return complaints.change(
                complaintId, complaint -> complaint.assign(assignee, inspector.username(), clock.instant()));
    }

    /** Closes an answered complaint the inspectors handle. */
    public Complaint close(Caller inspector, String complaintId, String note) {
        return complaints.change(
                complaintId, complaint -> complaint.close(note, inspector.username(), clock.instant()));
    }

    /**
     * The complainant contests the answer, once: it reopens with the inspectors, due in
     * {@code complaint-working-days} from today. Another's complaint is "not found".
     */
    public Complaint contest(Caller complainant, String complaintId, String reason) {
        own(complainant, complaintId);
        return complaints.change(
                complaintId,
                complaint -> complaint.contest(
                        reason, complainant.username(), answerDue(), settings.complaintWorkingDays(), clock.instant()));
    }

    /** The complainant rates the answer, once. Another's complaint is "not found". */
    public Complaint rate(Caller complainant, String complaintId, int level) {
        own(complainant, complaintId);
        return complaints.change(
                complaintId, complaint -> complaint.rate(level, complainant.username(), clock.instant()));
    }

    /** One complaint the caller filed; another's is "not found". */
    public Complaint readOwn(Caller complainant, String complaintId) {
        return own(complainant, complaintId);
    }

    private Complaint own(Caller complainant, String complaintId) {
        return complaints
                .find(complaintId)
                .filter(c -> c.filedBy(complainant.subject()))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId));
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
     * The complaints the inspectors handle ({@link Complaint#handledByInspection}), of every
     * department or of {@code department}, in {@code status} or any, newest filed first (then by id);
     * none that concerns the inspector. The web adapter pages them.
     */
    public List<Complaint> forInspection(Caller inspector, String department, Complaint.Status status) {
        Query query = department == null
                ? new Query()
                : Query.query(Criteria.where("complaint.department").is(department));
        return complaints
                .find(query.with(
                        Sort.by(Sort.Direction.DESC, "complaint.filedAt").and(Sort.by("_id"))))
                .stream()
                .filter(Complaint::handledByInspection)
                .filter(c -> status == null || c.status() == status)
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
