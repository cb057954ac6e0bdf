package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint was filed and assigned to the responsible department. No complainant data.
 *
 * @param complaintId the complaint (aggregate id)
 * @param channel {@code PORTAL}, {@code WECHAT}, {@code HOTLINE} or {@code MAILBOX}
 * @param targetType {@code CASE}, {@code BOOKING}, {@code SERVICE_POINT}, {@code DEPARTMENT} or {@code OFFICER}
 * @param targetId the id of what is complained about
 * @param department the department it is assigned to
 * @param dueOn the last working day to answer
 * @param filedAt when
 * @param dueProvisional whether {@code dueOn} rests on a provisional calendar year (临时推算): it is
 *     counted again when the official year is published ({@link DeadlineRecomputed}); {@code false}
 *     in events written before the field existed
 */
@EventType("onewindow.supervision.ComplaintFiled.v1")
public record ComplaintFiled(
        String complaintId,
        String channel,
        String targetType,
        String targetId,
        String department,
        LocalDate dueOn,
        Instant filedAt,
        Boolean dueProvisional)
        implements DomainEvent {

    // A Boolean, not a boolean: an event written before the field existed lacks it, and a
    // missing primitive would make a strict JSON reader refuse the whole event.
    public ComplaintFiled {
        dueProvisional = Boolean.TRUE.equals(dueProvisional);
    }

    /** A complaint whose answer deadline rests on official calendar years only. */
    public ComplaintFiled(
            String complaintId,
            String channel,
            String targetType,
            String targetId,
            String department,
            LocalDate dueOn,
            Instant filedAt) {
        this(complaintId, channel, targetType, targetId, department, dueOn, filedAt, false);
    }

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
