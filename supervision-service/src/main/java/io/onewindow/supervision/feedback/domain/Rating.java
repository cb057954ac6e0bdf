package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import io.onewindow.platform.events.supervision.RatingGiven;
import io.onewindow.platform.events.supervision.RectificationOpened;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rating (好差评, 国办发〔2019〕51号): five levels, one per case or visit (its id is the target),
 * by the person served or by default when they did not rate in time. A bad rating (4 or 5) opens a
 * rectification the department must follow up by a deadline; one that rests on a provisional
 * calendar year says so, and is counted again from the day of the rating when the official year is
 * published.
 */
public final class Rating extends AggregateRoot {

    /** 基本满意, given when the person served did not rate in time. */
    public static final int DEFAULT_LEVEL = 3;

    /** What is rated. */
    public enum Target {
        CASE,
        VISIT
    }

    private String id;
    private Target targetType;
    private String targetId;
    private String department;
    private int level;
    private String channel;
    private boolean defaulted;
    private String raterSubject;
    private String comment;
    private Instant givenAt;
    private LocalDate rectificationDueOn;
    // null in ratings stored before they were kept; then read back from the calendar
    private Integer rectificationWorkingDays;
    private boolean rectificationDueProvisional;
    private List<DueDateChange> rectificationDueChanges = new ArrayList<>();
    private String followUp;
    private String followedUpBy;
    private Instant followedUpAt;

    // For the persistence mapper.
    Rating() {}

    public static String idOf(Target target, String targetId) {
        return target.name() + ":" + targetId;
    }

    /**
     * A rating by the person served; a bad one opens a rectification due on {@code rectificationDueOn}
     * (official).
     *
     * @throws InvalidValueException if the level is not 1–5
     */
    public static Rating give(
            Target target,
            String targetId,
            String department,
            int level,
            String channel,
            String raterSubject,
            String comment,
            LocalDate rectificationDueOn,
            Instant now) {
        return give(
                target,
                targetId,
                department,
                level,
                channel,
                raterSubject,
                comment,
                rectificationDueOn == null ? null : DueDate.official(rectificationDueOn),
                null,
                now);
    }

    /**
     * A rating by the person served; a bad one opens a rectification due by {@code rectificationDue},
     * counted as {@code workingDays} working days after the day of the rating.
     *
     * @throws InvalidValueException if the level is not 1–5
     */
    public static Rating give(
            Target target,
            String targetId,
            String department,
            int level,
            String channel,
            String raterSubject,
            String comment,
            DueDate rectificationDue,
            Integer workingDays,
            Instant now) {
        if (level < 1 || level > 5) {
            throw new InvalidValueException("rating.level", "level", "A rating is 1 (非常满意) to 5 (非常不满意)");
        }
        Rating r = new Rating();
        r.id = idOf(target, targetId);
        r.targetType = target;
        r.targetId = Objects.requireNonNull(targetId, "targetId");
        r.department = department;
        r.level = level;
        r.channel = channel;
        r.raterSubject = raterSubject;
        r.comment = comment;
        r.givenAt = now;
        r.record(new RatingGiven(r.id, target.name(), targetId, department, level, channel, false, now));
        if (r.isBad()) {
            r.rectificationDueOn = rectificationDue == null ? null : rectificationDue.date();
            r.rectificationDueProvisional = rectificationDue != null && rectificationDue.provisional();
            r.rectificationWorkingDays = workingDays;
            r.record(new RectificationOpened(
                    r.rectificationId(), r.id, department, r.rectificationDueOn, now, r.rectificationDueProvisional));
        }
        return r;
    }

    /** The id of the rectification a bad rating opens: {@code rectification:<ratingId>}. */
    public String rectificationId() {
        return "rectification:" + id;
    }

    /**
     * Counts the deadline of an open rectification again from the day of the rating, on
     * {@code after}, because {@code year}'s official arrangement replaced the provisional one
     * ({@code before}). When it moved or stopped being provisional, the change is kept and
     * {@link DeadlineRecomputed} recorded; otherwise (followed up already, not resting on the year,
     * counted already) nothing changes.
     *
     * @return whether the deadline changed
     * @throws io.onewindow.platform.calendar.CalendarNotCoveredException if the count runs past the
     *     calendar's horizon
     */
    public boolean recountRectification(
            WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason, Instant now) {
        if (!isBad() || followedUpAt != null || givenAt == null) {
            return false;
        }
        return Recount.of(
                        LocalDate.ofInstant(givenAt, zone),
                        rectificationDueOn,
                        rectificationDueProvisional,
                        rectificationWorkingDays,
                        before,
                        after,
                        year)
                .map(recounted -> {
                    LocalDate previous = rectificationDueOn;
                    rectificationDueOn = recounted.date();
                    rectificationDueProvisional = recounted.provisional();
                    if (rectificationDueChanges == null) {
                        rectificationDueChanges = new ArrayList<>();
                    }
                    rectificationDueChanges.add(new DueDateChange(
                            previous, rectificationDueOn, rectificationDueProvisional, reason, year.getValue(), now));
                    record(new DeadlineRecomputed(
                            rectificationId(),
                            DeadlineRecomputed.RECTIFICATION,
                            department,
                            targetType == Target.CASE ? targetId : null,
                            previous,
                            rectificationDueOn,
                            rectificationDueProvisional,
                            reason,
                            year.getValue(),
                            now));
                    return true;
                })
                .orElse(false);
    }

    /** The default 基本满意 for a case or visit nobody rated in time. */
    public static Rating byDefault(Target target, String targetId, String department, Instant at) {
        Rating r = new Rating();
        r.id = idOf(target, targetId);
        r.targetType = target;
        r.targetId = targetId;
        r.department = department;
        r.level = DEFAULT_LEVEL;
        r.channel = "DEFAULT";
        r.defaulted = true;
        r.givenAt = at;
        r.record(new RatingGiven(r.id, target.name(), targetId, department, DEFAULT_LEVEL, "DEFAULT", true, at));
        return r;
    }

    /** 4 不满意 and 5 非常不满意 are bad reviews. */
    public boolean isBad() {
        return level >= 4;
    }

    /** A bad rating whose rectification is still not followed up after its due day. */
    public boolean rectificationLate(LocalDate today) {
        return isBad() && followedUpAt == null && rectificationDueOn != null && today.isAfter(rectificationDueOn);
    }

    /**
     * The department's follow-up of a bad rating.
     *
     * @throws io.onewindow.platform.domain.AccessRefusedException for staff of another department
     * @throws io.onewindow.platform.domain.ConflictException when there is nothing (more) to follow up
     */
    public void followUp(String note, String staff, String staffDepartment, Instant now) {
        if (department == null || !department.equals(staffDepartment)) {
            throw new io.onewindow.platform.domain.AccessRefusedException(
                    "rectification.other-department", "Only the rated department follows up its rating");
        }
        if (!isBad() || followedUpAt != null) {
            throw new io.onewindow.platform.domain.ConflictException(
                    "rectification.not-open", "This rating has no open rectification");
        }
        followUp = note;
        followedUpBy = staff;
        followedUpAt = now;
    }

    public boolean givenBy(String subject) {
        return subject != null && subject.equals(raterSubject);
    }

    public String id() {
        return id;
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

    public int level() {
        return level;
    }

    public String channel() {
        return channel;
    }

    public boolean defaulted() {
        return defaulted;
    }

    public String comment() {
        return comment;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public LocalDate rectificationDueOn() {
        return rectificationDueOn;
    }

    /** Whether the rectification deadline rests on a provisional calendar year (临时推算). */
    public boolean rectificationDueProvisional() {
        return rectificationDueProvisional;
    }

    /** The rectification deadline's moves when official calendar years were published, oldest first. */
    public List<DueDateChange> rectificationDueChanges() {
        return rectificationDueChanges == null ? List.of() : List.copyOf(rectificationDueChanges);
    }

    public String followUp() {
        return followUp;
    }

    public Instant followedUpAt() {
        return followedUpAt;
    }
}
