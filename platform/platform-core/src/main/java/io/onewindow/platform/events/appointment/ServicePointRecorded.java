package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.util.List;

/**
 * A service point of the registry as it stands after a change: created, its particulars or windows
 * changed, an offering added, changed or withdrawn, or the point closed for good. Carries the whole
 * registry entry (not the difference), so a reader keeps the latest version per point and ignores
 * an older {@code version} arriving late. Keyed by {@code servicePointId}. Opening hours and closed
 * days are not here: they change through {@link ScheduleChanged}.
 *
 * @param servicePointId the point (aggregate id), e.g. {@code panyu-district-center}
 * @param version the registry version of the point, 1 on creation, +1 per change
 * @param change what changed: {@code CREATED}, {@code CHANGED} (particulars or windows), {@code
 *     OFFER_CHANGED} (an offering added, changed or withdrawn) or {@code CLOSED} (closed for good)
 * @param name the point's Chinese name, e.g. {@code 番禺区政务服务中心} (a place, not a person)
 * @param tier GB/T 32168 service tier: {@code 4} district, {@code 5} town/street, {@code 6}
 *     village/community
 * @param parentId the point it belongs to (a themed hall's center, a station's town), or {@code null}
 * @param address the street address
 * @param open {@code false} once the point is closed for good (no more bookings, no more cases)
 * @param windows its windows, in number order
 * @param offers the catalog matters booked there, with how they are booked
 * @param linkedBusinesses the linked businesses (一号联办) booked there under one code
 * @param recordedBySubject token subject of the administrator who made the change, {@code system} for
 *     demo data and start-up
 */
@EventType("onewindow.appointment.ServicePointRecorded.v1")
public record ServicePointRecorded(
        String servicePointId,
        long version,
        String change,
        String name,
        int tier,
        String parentId,
        String address,
        boolean open,
        List<Window> windows,
        List<Offer> offers,
        List<Linked> linkedBusinesses,
        String recordedBySubject)
        implements DomainEvent {

    public ServicePointRecorded {
        windows = windows == null ? List.of() : List.copyOf(windows);
        offers = offers == null ? List.of() : List.copyOf(offers);
        linkedBusinesses = linkedBusinesses == null ? List.of() : List.copyOf(linkedBusinesses);
    }

    @Override
    public String aggregateId() {
        return servicePointId;
    }

    /**
     * A window of the hall.
     *
     * @param number the window's number as shown above it, e.g. {@code 3} or {@code A2}
     * @param name its label, e.g. {@code 综合受理窗口}
     * @param comprehensive {@code true} for a comprehensive window (综合受理窗口): its officers receive
     *     any matter offered at the point, whatever the department; {@code false} for a department
     *     window
     * @param department the department a department window serves; {@code null} for a comprehensive one
     * @param delivery {@code true} when results are handed out there (统一窗口出件)
     */
    public record Window(String number, String name, boolean comprehensive, String department, boolean delivery) {}

    /**
     * A catalog matter booked at the point.
     *
     * @param matterCode the matter's catalog code
     * @param department the department responsible for it, as the catalog says
     * @param line the queue line prefix of its tickets, one capital letter
     * @param minutesPerVisit the length of one slot
     * @param placesPerSlot how many people one slot takes
     */
    public record Offer(String matterCode, String department, String line, int minutesPerVisit, int placesPerSlot) {}

    /**
     * A linked business (一号联办): several matters booked and checked in under one code.
     *
     * @param code the linked business code, e.g. {@code HOUSING-TRANSFER}
     * @param name its Chinese name
     * @param matterCodes the matters it joins, each offered at the point
     */
    public record Linked(String code, String name, List<String> matterCodes) {

        public Linked {
            matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        }
    }
}
