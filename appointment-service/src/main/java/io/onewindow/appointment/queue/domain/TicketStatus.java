package io.onewindow.appointment.queue.domain;

/** Where a queue ticket is. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVED,
    ABSENT
}
