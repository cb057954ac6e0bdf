package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.servicepoint.domain.VisitorInformation;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service point as stored; times as {@code HH:mm-HH:mm} strings so any MongoDB reads them alike.
 * The windows are {@code hallWindows} (documents written before the registry held a plain count in
 * {@code windows}, which is not read); {@code open} and {@code registryVersion} are absent in those
 * documents and read as open, version 0.
 */
@Document("service_points")
record ServicePointDocument(
        @Id String id,
        String name,
        int tier,
        String parentId,
        String address,
        double latitude,
        double longitude,
        Map<String, List<String>> openingHours,
        List<Window> hallWindows,
        List<MatterOffer> matters,
        List<LinkedBusiness> linkedBusinesses,
        List<String> closedDays,
        VisitorInformation visitorInformation,
        Boolean open,
        Long registryVersion,
        Long version,
        List<OutboxEntry> outbox) {

    static ServicePointDocument of(ServicePoint point, long version, List<OutboxEntry> outbox) {
        Map<String, List<String>> hours = point.openingHoursAsText();
        return new ServicePointDocument(
                point.id(),
                point.name(),
                point.tier().code(),
                point.parentId(),
                point.address(),
                point.latitude(),
                point.longitude(),
                hours,
                point.windows(),
                point.matters(),
                point.linkedBusinesses(),
                point.closedDays().stream().map(LocalDate::toString).toList(),
                point.visitorInformation(),
                point.isOpen(),
                point.registryVersion(),
                version,
                outbox == null ? List.of() : outbox);
    }

    ServicePoint toDomain() {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        openingHours.forEach((day, ranges) -> hours.put(
                DayOfWeek.valueOf(day),
                ranges.stream()
                        .map(r -> TimeRange.of(r.substring(0, r.indexOf('-')), r.substring(r.indexOf('-') + 1)))
                        .toList()));
        TreeSet<LocalDate> closed = new TreeSet<>();
        if (closedDays != null) {
            closedDays.forEach(d -> closed.add(LocalDate.parse(d)));
        }
        return new ServicePoint(
                id,
                new ServicePoint.Particulars(
                        name,
                        Tier.ofCode(tier),
                        parentId,
                        address,
                        latitude,
                        longitude,
                        hallWindows == null ? List.of() : hallWindows,
                        visitorInformation),
                hours,
                matters == null ? List.of() : matters,
                linkedBusinesses == null ? List.of() : linkedBusinesses,
                closed,
                open == null || open,
                registryVersion == null ? 0 : registryVersion);
    }
}
