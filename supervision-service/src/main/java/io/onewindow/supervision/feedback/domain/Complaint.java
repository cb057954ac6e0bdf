package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.supervision.ComplaintAnswerRated;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.ComplaintAssigned;
import io.onewindow.platform.events.supervision.ComplaintClosed;
import io.onewindow.platform.events.supervision.ComplaintContested;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A complaint about a case, booking, service point, department or officer, routed
 * ({@link ComplaintRouting}) to the responsible department or to the discipline inspectors, with an
 * answer deadline in working days. The department answers its own; the inspectors assign, answer and
 * close theirs. The complainant may contest an answer once (it reopens on the inspectors' desk, with
 * a new deadline) and rate it once. Every step is kept with who and when ({@link ComplaintStep}). An
 * answer deadline that rests on a provisional calendar year says so, and is counted again from the
 * day it started when the official year is published.
 */
public final class Complaint extends AggregateRoot {

    /** Where a complaint came in. */
    public enum Channel {
        PORTAL,
        WECHAT,
        HOTLINE,
        MAILBOX
    }

    /** What a complaint is about. */
    public enum Target {
        CASE,
        BOOKING,
        SERVICE_POINT,
        DEPARTMENT,
        OFFICER
    }

    /** What a complaint alleges; the last four allege misconduct and go to the inspectors. */
    public enum Category {
        /** Service in general (the default). */
        SERVICE(false),
        /** Slow handling, a missed deadline. */
        DELAY(false),
        /** Rudeness, a bad attitude. */
        ATTITUDE(false),
        /** Collusion (串通). */
        COLLUSION(true),
        /** Bribery, asking for favours (索贿受贿). */
        BRIBERY(true),
        /** Steering applicants to an intermediary (中介). */
        INTERMEDIARY(true),
        /** Handling outside the system (体外循环). */
        OFF_SYSTEM(true);

        private final boolean misconduct;

        Category(boolean misconduct) {
            this.misconduct = misconduct;
        }

        public boolean allegesMisconduct() {
            return misconduct;
        }
    }

    /** Where a complaint stands. */
    public enum Status {
        /** Waiting for an answer (also after a contest). */
        OPEN,
        /** On the inspectors' desk, assigned to one inspector. */
        ASSIGNED,
        /** Answered; the complainant may contest (once) and rate. */
        ANSWERED,
        /** Closed by the inspectors after their answer. */
        CLOSED
    }

    private String id;
    private String complainantSubject;
    private String complainantUsername;
    private Channel channel;
    private Target targetType;
    private String targetId;
    private String department;
    private String text;
    private LocalDate dueOn;
    // null in complaints stored before they were kept; then read back from the calendar
    private Integer answerWorkingDays;
    private boolean dueProvisional;
    private List<DueDateChange> dueChanges = new ArrayList<>();
    private Instant filedAt;
    private String reply;
    private String answeredBy;
    private Instant answeredAt;
    private Boolean answeredOnTime;
    // Staff whose conduct the complaint questions (ComplaintSubjects); null in complaints stored before
    private List<String> involved = new ArrayList<>();
    // The fields below are null in complaints stored before routing: read back as routing would have.
    private Category category;
    private ComplaintRouting.Desk desk;
    private ComplaintRouting.Reason routedBecause;
    private Status status;
    private String assignee;
    private String contestReason;
    private Instant contestedAt;
    private Integer ratingLevel;
    private Instant ratedAt;
    private String closedBy;
    private Instant closedAt;
    private List<ComplaintStep> history = new ArrayList<>();

    // For the persistence mapper.
    Complaint() {}

    /** Files a complaint assigned to {@code department}, due on {@code dueOn} (official); records {@link ComplaintFiled}. */
    public static Complaint file(
            String id,
            String complainantSubject,
            String complainantUsername,
            Channel channel,
            Target targetType,
            String targetId,
            String department,
            String text,
            LocalDate dueOn,
            Instant now) {
        return file(
                id,
                complainantSubject,
                complainantUsername,
                channel,
                targetType,
                targetId,
                department,
                text,
                DueDate.official(dueOn),
                null,
                now);
    }

    /**
     * Files a complaint assigned to {@code department}, to be answered by {@code due}, which was
     * counted as {@code workingDays} working days after the day of filing; records
     * {@link ComplaintFiled}.
     */
    public static Complaint file(
            String id,
            String complainantSubject,
            String complainantUsername,
            Channel channel,
            Target targetType,
            String targetId,
            String department,
            String text,
            DueDate due,
            Integer workingDays,
            Instant now) {
        return file(
                id,
                complainantSubject,
                complainantUsername,
                channel,
                targetType,
                targetId,
                department,
                text,
                due,
                workingDays,
                List.of(),
                now);
    }

    /**
     * Files a complaint as above that questions the conduct of {@code involved} staff (besides the
     * officer it names): none of them handles it.
     */
    public static Complaint file(
            String id,
            String complainantSubject,
            String complainantUsername,
            Channel channel,
            Target targetType,
            String targetId,
            String department,
            String text,
            DueDate due,
            Integer workingDays,
            List<String> involved,
            Instant now) {
        return file(
                id,
                complainantSubject,
                complainantUsername,
                channel,
                targetType,
                targetId,
                new ComplaintRouting.Route(
                        department, ComplaintRouting.deskOf(targetType, department, Category.SERVICE), null),
                Category.SERVICE,
                text,
                due,
                workingDays,
                involved,
                now);
    }

    /**
     * Files a complaint of {@code category} where {@code route} sends it (the department it is
     * about, and who handles it), questioning the conduct of {@code involved} staff (besides the
     * officer it names): none of them handles it.
     */
    public static Complaint file(
            String id,
            String complainantSubject,
            String complainantUsername,
            Channel channel,
            Target targetType,
            String targetId,
            ComplaintRouting.Route route,
            Category category,
            String text,
            DueDate due,
            Integer workingDays,
            List<String> involved,
            Instant now) {
        Objects.requireNonNull(due, "due");
        String department = route.department();
        Complaint c = new Complaint();
        c.id = Objects.requireNonNull(id, "id");
        c.complainantSubject = complainantSubject;
        c.complainantUsername = complainantUsername;
        c.channel = Objects.requireNonNull(channel, "channel");
        c.targetType = Objects.requireNonNull(targetType, "targetType");
        c.targetId = targetId;
        c.department = Objects.requireNonNull(department, "department");
        c.text = text;
        c.dueOn = due.date();
        c.dueProvisional = due.provisional();
        c.answerWorkingDays = workingDays;
        c.involved = new ArrayList<>(new LinkedHashSet<>(involved == null ? List.of() : involved));
        c.filedAt = now;
        c.category = category == null ? Category.SERVICE : category;
        c.desk = Objects.requireNonNull(route.desk(), "desk");
        c.routedBecause = route.reason();
        c.status = Status.OPEN;
        c.steps()
                .add(new ComplaintStep(
                        "FILED",
                        complainantUsername,
                        now,
                        route.reason() == null ? c.desk.name() : route.reason().name()));
        // The event names who handles it: the inspectors' complaint never notifies the department it is about.
        c.record(new ComplaintFiled(
                id,
                channel.name(),
                targetType.name(),
                targetId,
                c.handlingDepartment(),
                c.dueOn,
                now,
                c.dueProvisional));
        return c;
    }

    /**
     * Counts the answer deadline of an open complaint again from the day it was filed, on
     * {@code after}, because {@code year}'s official arrangement replaced the provisional one
     * ({@code before}). When it moved or stopped being provisional, the change is kept and
     * {@link DeadlineRecomputed} recorded; otherwise (an answered complaint, a deadline not resting
     * on the year, or one counted already) nothing changes.
     *
     * @return whether the deadline changed
     * @throws io.onewindow.platform.calendar.CalendarNotCoveredException if the count runs past the
     *     calendar's horizon
     */
    public boolean recountDue(
            WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason, Instant now) {
        if (answeredAt != null || filedAt == null) {
            return false;
        }
        // A contested complaint's deadline runs from the contest.
        Instant counted = contestedAt != null ? contestedAt : filedAt;
        return Recount.of(
                        LocalDate.ofInstant(counted, zone),
                        dueOn,
                        dueProvisional,
                        answerWorkingDays,
                        before,
                        after,
                        year)
                .map(recounted -> {
                    LocalDate previous = dueOn;
                    dueOn = recounted.date();
                    dueProvisional = recounted.provisional();
                    changes().add(new DueDateChange(previous, dueOn, dueProvisional, reason, year.getValue(), now));
                    record(new DeadlineRecomputed(
                            id,
                            DeadlineRecomputed.COMPLAINT_ANSWER,
                            handlingDepartment(),
                            caseId(),
                            previous,
                            dueOn,
                            dueProvisional,
                            reason,
                            year.getValue(),
                            now));
                    return true;
                })
                .orElse(false);
    }

    /** The case complained about, or {@code null}. */
    public String caseId() {
        return targetType == Target.CASE ? targetId : null;
    }

    private List<ComplaintStep> steps() {
        if (history == null) {
            history = new ArrayList<>();
        }
        return history;
    }

    private List<DueDateChange> changes() {
        if (dueChanges == null) {
            dueChanges = new ArrayList<>();
        }
        return dueChanges;
    }

    /**
     * Whether the complaint questions {@code username}'s conduct: the officer it names, or among the
     * staff of the complained case or visit. Such a person never sees nor handles it.
     */
    public boolean concerns(String username) {
        if (username == null) {
            return false;
        }
        return involved().contains(username) || (targetType == Target.OFFICER && username.equals(targetId));
    }

    /** Whether it questions the conduct of any staff member, so inspection may take it up. */
    public boolean namesStaff() {
        return !involved().isEmpty() || targetType == Target.OFFICER;
    }

    /**
     * Whether a department admin of {@code dept} called {@code username} may read and answer it: it
     * is assigned to their department, on the department's desk (not the inspectors'), and does not
     * concern them.
     */
    public boolean visibleToDepartmentAdmin(String dept, String username) {
        return dept != null
                && dept.equals(department)
                && desk() == ComplaintRouting.Desk.DEPARTMENT
                && !concerns(username);
    }

    /**
     * Whether the inspectors handle it (assign, answer, close): it is on their desk, or it questions
     * staff conduct (so a department whose every admin it concerns is not left alone with it).
     */
    public boolean handledByInspection() {
        return desk() == ComplaintRouting.Desk.INSPECTION || namesStaff();
    }

    /**
     * Answers and closes the complaint, by staff of the department it is assigned to whom it does
     * not concern.
     *
     * @throws NotFoundException if it concerns {@code staff}, or the inspectors handle it: its
     *     existence is not revealed to the department
     * @throws AccessRefusedException if {@code staffDepartment} is not the assigned one
     * @throws ConflictException if it was answered already
     */
    public void answer(String reply, String staff, String staffDepartment, LocalDate today, Instant now) {
        if (concerns(staff)) {
            throw new NotFoundException("complaint", id);
        }
        if (!department.equals(staffDepartment)) {
            throw new AccessRefusedException(
                    "complaint.other-department", "Only the department the complaint is assigned to answers it");
        }
        if (desk() != ComplaintRouting.Desk.DEPARTMENT) {
            throw new NotFoundException("complaint", id);
        }
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        answered(reply, staff, today, now);
    }

    /**
     * Answers a complaint the inspectors handle ({@link #handledByInspection}), by an inspector whom
     * it does not concern; once assigned, by the assignee only.
     *
     * @throws NotFoundException if it concerns {@code inspector}
     * @throws AccessRefusedException {@code complaint.assigned-elsewhere} if another inspector has it
     * @throws ConflictException {@code complaint.department-answers} if the department handles it, or
     *     {@code complaint.already-answered}
     */
    public void answerByInspection(String reply, String inspector, LocalDate today, Instant now) {
        inspectorMayAct(inspector);
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        if (assignee != null && !assignee.equals(inspector)) {
            throw new AccessRefusedException(
                    "complaint.assigned-elsewhere", "Another inspector has been assigned the complaint");
        }
        answered(reply, inspector, today, now);
    }

    /**
     * Assigns a complaint the inspectors handle, still waiting for an answer, to the inspector
     * {@code assignee} (again to another one, too).
     *
     * @throws NotFoundException if it concerns {@code inspector}
     * @throws ConflictException {@code complaint.department-answers} if the department handles it,
     *     {@code complaint.already-answered} once answered, {@code complaint.assignee-concerned} if it
     *     questions {@code assignee}'s conduct
     */
    public void assign(String assignee, String inspector, Instant now) {
        inspectorMayAct(inspector);
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        if (concerns(assignee)) {
            throw new ConflictException(
                    "complaint.assignee-concerned", "The complaint questions the conduct of the assignee");
        }
        this.assignee = assignee;
        this.status = Status.ASSIGNED;
        steps().add(new ComplaintStep("ASSIGNED", inspector, now, assignee));
        record(new ComplaintAssigned(id, assignee, inspector, now));
    }

    /**
     * Closes a complaint the inspectors handle once it is answered.
     *
     * @throws NotFoundException if it concerns {@code inspector}
     * @throws ConflictException {@code complaint.department-answers} if the department handles it,
     *     {@code complaint.not-answered} before an answer, {@code complaint.closed} if closed already
     */
    public void close(String note, String inspector, Instant now) {
        inspectorMayAct(inspector);
        if (status() == Status.CLOSED) {
            throw new ConflictException("complaint.closed", "The complaint is closed already");
        }
        if (answeredAt == null) {
            throw new ConflictException("complaint.not-answered", "The complaint has not been answered");
        }
        this.status = Status.CLOSED;
        this.closedBy = inspector;
        this.closedAt = now;
        steps().add(new ComplaintStep("CLOSED", inspector, now, note));
        record(new ComplaintClosed(id, department, inspector, now));
    }

    /**
     * The complainant contests the answer, once: the complaint reopens on the inspectors' desk
     * (whoever answered it), unassigned, to be answered by {@code due}, counted as {@code workingDays}
     * working days from today. The contested answer stays in the history.
     *
     * @throws ConflictException {@code complaint.not-answered} before an answer,
     *     {@code complaint.already-contested} the second time
     */
    public void contest(String reason, String complainant, DueDate due, Integer workingDays, Instant now) {
        if (contestedAt != null) {
            throw new ConflictException("complaint.already-contested", "The answer has been contested already");
        }
        if (answeredAt == null) {
            throw new ConflictException("complaint.not-answered", "The complaint has not been answered");
        }
        String contestedAnswerBy = this.answeredBy;
        this.contestReason = reason;
        this.contestedAt = now;
        this.desk = ComplaintRouting.Desk.INSPECTION;
        this.routedBecause = ComplaintRouting.Reason.CONTESTED;
        this.status = Status.OPEN;
        this.assignee = null;
        this.reply = null;
        this.answeredBy = null;
        this.answeredAt = null;
        this.answeredOnTime = null;
        this.closedBy = null;
        this.closedAt = null;
        this.dueOn = due.date();
        this.dueProvisional = due.provisional();
        this.answerWorkingDays = workingDays;
        steps().add(new ComplaintStep("CONTESTED", complainant, now, reason));
        record(new ComplaintContested(id, department, contestedAnswerBy, dueOn, dueProvisional, now));
    }

    /**
     * The complainant rates the answer, once: 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意 (the
     * scale of the platform's ratings).
     *
     * @throws InvalidValueException {@code complaint.rating-level} outside 1 to 5
     * @throws ConflictException {@code complaint.not-answered} while there is no answer,
     *     {@code complaint.already-rated} the second time
     */
    public void rate(int level, String complainant, Instant now) {
        if (level < 1 || level > 5) {
            throw new InvalidValueException("complaint.rating-level", "level", "A rating is 1 to 5");
        }
        if (ratedAt != null) {
            throw new ConflictException("complaint.already-rated", "The answer has been rated already");
        }
        if (answeredAt == null) {
            throw new ConflictException("complaint.not-answered", "The complaint has not been answered");
        }
        this.ratingLevel = level;
        this.ratedAt = now;
        steps().add(new ComplaintStep("RATED", complainant, now, Integer.toString(level)));
        record(new ComplaintAnswerRated(id, department, answeredBy, level, now));
    }

    private void inspectorMayAct(String inspector) {
        if (concerns(inspector)) {
            throw new NotFoundException("complaint", id);
        }
        if (!handledByInspection()) {
            throw new ConflictException(
                    "complaint.department-answers",
                    "The complaint questions nobody's conduct; the department it is assigned to answers it");
        }
    }

    private void answered(String reply, String staff, LocalDate today, Instant now) {
        this.reply = reply;
        this.answeredBy = staff;
        this.answeredAt = now;
        this.answeredOnTime = !today.isAfter(dueOn);
        this.status = Status.ANSWERED;
        steps().add(new ComplaintStep("ANSWERED", staff, now, reply));
        record(new ComplaintAnswered(id, handlingDepartment(), staff, answeredOnTime, now));
    }

    /** Still waiting for an answer after its due day. */
    public boolean isLate(LocalDate today) {
        return answeredAt == null && today.isAfter(dueOn);
    }

    /** Staff whose conduct the complaint questions, the officer it names included. */
    public List<String> involved() {
        List<String> staff = involved == null ? new ArrayList<>() : new ArrayList<>(involved);
        if (targetType == Target.OFFICER && targetId != null && !staff.contains(targetId)) {
            staff.add(0, targetId);
        }
        return List.copyOf(staff);
    }

    public boolean filedBy(String subject) {
        return subject != null && subject.equals(complainantSubject);
    }

    public String id() {
        return id;
    }

    public String complainantUsername() {
        return complainantUsername;
    }

    public Channel channel() {
        return channel;
    }

    public Target targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String department() {
        return department;
    }

    public String text() {
        return text;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** Whether the answer deadline rests on a provisional calendar year (临时推算). */
    public boolean dueProvisional() {
        return dueProvisional;
    }

    /** The answer deadline's moves when official calendar years were published, oldest first. */
    public List<DueDateChange> dueChanges() {
        return dueChanges == null ? List.of() : List.copyOf(dueChanges);
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String reply() {
        return reply;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Boolean answeredOnTime() {
        return answeredOnTime;
    }

    public Category category() {
        return category == null ? Category.SERVICE : category;
    }

    /** Who handles it; a complaint stored before routing reads as routing would have sent it. */
    public ComplaintRouting.Desk desk() {
        return desk != null ? desk : ComplaintRouting.deskOf(targetType, department, category());
    }

    /** The department that handles it: the one it is about, or the inspectors'. */
    public String handlingDepartment() {
        return desk() == ComplaintRouting.Desk.INSPECTION ? ComplaintRouting.DISCIPLINE_INSPECTION : department;
    }

    /** Why it went where it went; {@code null} in complaints stored before routing. */
    public ComplaintRouting.Reason routedBecause() {
        return routedBecause;
    }

    public Status status() {
        if (status != null) {
            return status;
        }
        return answeredAt == null ? Status.OPEN : Status.ANSWERED;
    }

    /** The inspector it is assigned to, or {@code null}. */
    public String assignee() {
        return assignee;
    }

    public String contestReason() {
        return contestReason;
    }

    public Instant contestedAt() {
        return contestedAt;
    }

    /** The complainant's rating of the answer, 1 (best) to 5, or {@code null}. */
    public Integer ratingLevel() {
        return ratingLevel;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** Its handling, step by step, oldest first (empty for complaints stored before it was kept). */
    public List<ComplaintStep> history() {
        return history == null ? List.of() : List.copyOf(history);
    }
}
