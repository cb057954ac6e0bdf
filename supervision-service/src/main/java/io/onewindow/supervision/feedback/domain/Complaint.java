package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A complaint about a case, booking, service point, department or officer, assigned to the
 * responsible department with an answer deadline in working days, answered and closed with a
 * reply by that department.
 */
public final class Complaint {

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
    private Instant filedAt;
    private String reply;
    private String answeredBy;
    private Instant answeredAt;
    private Boolean answeredOnTime;
    private transient List<DomainEvent> pending = new ArrayList<>();

    // For the persistence mapper.
    Complaint() {}

    /** Files a complaint assigned to {@code department}, due on {@code dueOn}; records {@link ComplaintFiled}. */
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
        Complaint c = new Complaint();
        c.id = Objects.requireNonNull(id, "id");
        c.complainantSubject = complainantSubject;
        c.complainantUsername = complainantUsername;
        c.channel = Objects.requireNonNull(channel, "channel");
        c.targetType = Objects.requireNonNull(targetType, "targetType");
        c.targetId = targetId;
        c.department = Objects.requireNonNull(department, "department");
        c.text = text;
        c.dueOn = dueOn;
        c.filedAt = now;
        c.events().add(new ComplaintFiled(id, channel.name(), targetType.name(), targetId, department, dueOn, now));
        return c;
    }

    /**
     * Answers and closes the complaint, by staff of the department it is assigned to.
     *
     * @throws AccessRefusedException if {@code staffDepartment} is not the assigned one
     * @throws ConflictException if it was answered already
     */
    public void answer(String reply, String staff, String staffDepartment, LocalDate today, Instant now) {
        if (!department.equals(staffDepartment)) {
            throw new AccessRefusedException(
                    "complaint.other-department", "Only the department the complaint is assigned to answers it");
        }
        if (answeredAt != null) {
            throw new ConflictException("complaint.already-answered", "The complaint was answered already");
        }
        this.reply = reply;
        this.answeredBy = staff;
        this.answeredAt = now;
        this.answeredOnTime = !today.isAfter(dueOn);
        events().add(new ComplaintAnswered(id, department, staff, answeredOnTime, now));
    }

    /** Still waiting for an answer after its due day. */
    public boolean isLate(LocalDate today) {
        return answeredAt == null && today.isAfter(dueOn);
    }

    public boolean filedBy(String subject) {
        return subject != null && subject.equals(complainantSubject);
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> taken = List.copyOf(events());
        events().clear();
        return taken;
    }

    private List<DomainEvent> events() {
        if (pending == null) {
            pending = new ArrayList<>();
        }
        return pending;
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
