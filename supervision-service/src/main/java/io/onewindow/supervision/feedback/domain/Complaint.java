package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
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
 * A complaint about a case, booking, service point, department or officer, assigned to the
 * responsible department with an answer deadline in working days, answered and closed with a
 * reply by that department. An answer deadline that rests on a provisional calendar year says so,
 * and is counted again from the day of filing when the official year is published.
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
        Objects.requireNonNull(due, "due");
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
        c.record(new ComplaintFiled(
                id, channel.name(), targetType.name(), targetId, department, c.dueOn, now, c.dueProvisional));
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
        return Recount.of(
                        LocalDate.ofInstant(filedAt, zone),
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
                            department,
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
     * is assigned to their department and does not concern them.
     */
    public boolean visibleToDepartmentAdmin(String dept, String username) {
        return dept != null && dept.equals(department) && !concerns(username);
    }

    /**
     * Answers and closes the complaint, by staff of the department it is assigned to whom it does
     * not concern.
     *
     * @throws NotFoundException if it concerns {@code staff}: its existence is not revealed to them
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
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        close(reply, staff, today, now);
    }

    /**
     * Answers and closes a complaint that questions staff conduct, by an inspector whom it does not
     * concern: the route when the department has nobody left to answer it who is not concerned.
     *
     * @throws NotFoundException if it concerns {@code inspector}
     * @throws ConflictException {@code complaint.department-answers} if it names no staff (the
     *     department answers it), or if it was answered already
     */
    public void answerByInspection(String reply, String inspector, LocalDate today, Instant now) {
        if (concerns(inspector)) {
            throw new NotFoundException("complaint", id);
        }
        if (!namesStaff()) {
            throw new ConflictException(
                    "complaint.department-answers",
                    "The complaint questions nobody's conduct; the department it is assigned to answers it");
        }
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        close(reply, inspector, today, now);
    }

    private void close(String reply, String staff, LocalDate today, Instant now) {
        this.reply = reply;
        this.answeredBy = staff;
        this.answeredAt = now;
        this.answeredOnTime = !today.isAfter(dueOn);
        record(new ComplaintAnswered(id, department, staff, answeredOnTime, now));
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
}
