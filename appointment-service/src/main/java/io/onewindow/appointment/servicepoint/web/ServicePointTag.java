package io.onewindow.appointment.servicepoint.web;

import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.VisitorInformation;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.platform.concurrency.EntityTags;
import java.util.List;
import java.util.Map;

/**
 * The {@code ETag} of a service point as the registry shows it (particulars, windows, weekly hours,
 * offerings, linked businesses, open or closed for good), one function for every update that guards
 * the point: its particulars, its offerings and its opening hours.
 */
public final class ServicePointTag {

    private ServicePointTag() {}

    /** What the tag covers: the registry's view of the point (closed days have their own endpoint). */
    private record State(
            String id,
            long registryVersion,
            boolean open,
            String name,
            int tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            Map<String, List<String>> openingHours,
            List<Window> windows,
            VisitorInformation visitorInformation,
            List<MatterOffer> matters,
            List<LinkedBusiness> linkedBusinesses) {}

    /** The strong tag of {@code point}'s registry state. */
    public static String of(EntityTags tags, ServicePoint point) {
        return tags.of(new State(
                point.id(),
                point.registryVersion(),
                point.isOpen(),
                point.name(),
                point.tier().code(),
                point.parentId(),
                point.address(),
                point.latitude(),
                point.longitude(),
                point.openingHoursAsText(),
                point.windows(),
                point.visitorInformation(),
                point.matters(),
                point.linkedBusinesses()));
    }
}
