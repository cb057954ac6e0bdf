package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The service points: the public directory (search, one point), the lookup every feature uses,
 * and the demo data's upsert.
 */
@UseCase
public class ServicePointDirectory {

    private final ServicePointStore points;

    ServicePointDirectory(ServicePointStore points) {
        this.points = points;
    }

    /** The ids of every service point, in id order (for changes that reach every hall). */
    public List<String> ids() {
        return points.ids();
    }

    public Optional<ServicePoint> find(String id) {
        return points.find(id);
    }

    /**
     * The point for booking: as read at most {@code onewindow.appointment.service-point-max-age}
     * ago (shared, read only). A slot another instance's schedule change removed meanwhile is
     * fenced, so it cannot be taken from a point read before the change.
     */
    public Optional<ServicePoint> findForBooking(String id) {
        return points.findRecent(id);
    }

    /**
     * The point as read at most {@code onewindow.appointment.service-point-max-age} ago (shared, read
     * only), for frequent public reads that may lag a registry change by that long (the hall's board).
     *
     * @throws NotFoundException {@code not-found}
     */
    public ServicePoint requireRecent(String id) {
        return points.findRecent(id).orElseThrow(() -> new NotFoundException("service point", id));
    }

    /** @throws NotFoundException {@code not-found} */
    public ServicePoint require(String id) {
        return points.require(id);
    }

    /**
     * Service points (not closed for good) matching every given filter; {@code text} is matched literally against the
     * name and address.
     */
    /** Order of the search: by tier, then by id. */
    public static final Sort ORDER = Sort.by("tier", "_id");

    /** One page of the open service points matching every given filter, in {@link #ORDER}. */
    public Page<ServicePoint> search(Tier tier, String matterCode, String text, Pageable page) {
        return points.search(tier, matterCode, text, page);
    }

    /**
     * Creates or replaces a point of the demo data (or a test's) by its id, keeping events still
     * waiting in its outbox; announces its registry entry when it is new or changed. A point closed
     * for good is left closed. Answers whether it was written.
     */
    public boolean upsert(ServicePoint point) {
        return points.upsert(point);
    }
}
