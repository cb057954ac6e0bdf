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
 */
@EventType("onewindow.supervision.ComplaintFiled.v1")
public record ComplaintFiled(
        String complaintId,
        String channel,
        String targetType,
        String targetId,
        String department,
        LocalDate dueOn,
        Instant filedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
