package io.onewindow.approval.servicepoint;

import io.onewindow.approval.servicepoint.domain.KnownServicePoint;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.service.UseCase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The service points (halls) approval knows, copied from appointment-service's registry by its
 * {@code ServicePointRecorded} events: which exist and are open (the catalog names only those), and
 * their windows and offered matters (the comprehensive window asks whether an officer's window is a
 * comprehensive one at a hall and whether a matter is offered there). The copy keeps the highest
 * registry version of each point and follows the registry within the consumer's delay.
 */
@UseCase
public class KnownServicePoints {

    private final KnownServicePointStore points;

    KnownServicePoints(KnownServicePointStore points) {
        this.points = points;
    }

    /**
     * Takes a point's state from the registry, unless a version as new or newer is known.
     *
     * @return whether this state is now the known one
     */
    public boolean recorded(ServicePointRecorded e) {
        return points.keepNewest(new KnownServicePoint(
                e.servicePointId(),
                e.version(),
                e.name(),
                e.tier(),
                e.open(),
                e.windows().stream()
                        .map(w -> new KnownServicePoint.Window(
                                w.number(), w.name(), w.comprehensive(), w.department(), w.delivery()))
                        .toList(),
                e.offers().stream()
                        .map(o -> new KnownServicePoint.Offer(o.matterCode(), o.department()))
                        .toList()));
    }

    /** The point as last known, open or closed. */
    public Optional<KnownServicePoint> find(String id) {
        return id == null ? Optional.empty() : points.find(id);
    }

    /** Whether the point exists in the registry and is open. */
    public boolean isOpen(String id) {
        return find(id).map(KnownServicePoint::open).orElse(false);
    }

    /** The positions in {@code ids} of the points that are unknown or closed, in order. */
    public List<Integer> notOpen(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, KnownServicePoint> known = points.findAll(ids);
        return IntStream.range(0, ids.size())
                .filter(i -> {
                    KnownServicePoint point = known.get(ids.get(i));
                    return point == null || !point.open();
                })
                .boxed()
                .toList();
    }
}
