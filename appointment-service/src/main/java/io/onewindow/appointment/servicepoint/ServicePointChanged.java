package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import java.util.Objects;

/**
 * In-process notice (a Spring application event, not a Kafka event) that a service point was
 * written: as it was read for the write and as it is stored now. Published synchronously after the
 * write, on the instance that wrote it, before the writer goes on (e.g. to cancel the bookings a
 * closed day no longer fits), so that listeners such as the slot fences act before that.
 *
 * @param before the point as read for the write; {@code null} when it was created
 * @param after the point as written
 */
public record ServicePointChanged(ServicePoint before, ServicePoint after) {

    public ServicePointChanged {
        Objects.requireNonNull(after, "after");
    }
}
