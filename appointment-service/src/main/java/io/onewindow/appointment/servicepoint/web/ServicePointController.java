package io.onewindow.appointment.servicepoint.web;

import io.onewindow.appointment.catalog.PublishedMatters;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.VisitorInformation;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public directory of service points in three tiers: no token needed. */
@RestController
@RequestMapping("/api/appointments/public/service-points")
@Tag(name = "Service points", description = "District center, halls, town/street centers, village/community stations")
class ServicePointController {

    private final ServicePointDirectory directory;
    private final PublishedMatters catalog;

    ServicePointController(ServicePointDirectory directory, PublishedMatters catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    /**
     * A service point as the public sees it: {@code windowCount} is the number of {@code windows};
     * the matters carry the catalog's current name where the catalog published the matter;
     * {@code open} is {@code false} once the point is closed for good (it is then left out of the
     * search).
     */
    record ServicePointView(
            String id,
            String name,
            int tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            boolean open,
            Map<String, List<String>> openingHours,
            int windowCount,
            List<Window> windows,
            VisitorInformation visitorInformation,
            List<MatterOffer> matters,
            List<LinkedBusiness> linkedBusinesses,
            List<LocalDate> closedDays) {

        static ServicePointView of(ServicePoint p, Map<String, String> catalogNames) {
            Map<String, List<String>> hours = p.openingHoursAsText();
            return new ServicePointView(
                    p.id(),
                    p.name(),
                    p.tier().code(),
                    p.parentId(),
                    p.address(),
                    p.latitude(),
                    p.longitude(),
                    p.isOpen(),
                    hours,
                    p.windows().size(),
                    p.windows(),
                    p.visitorInformation(),
                    p.matters().stream()
                            .map(m -> new MatterOffer(
                                    m.code(),
                                    catalogNames.getOrDefault(m.code(), m.name()),
                                    m.department(),
                                    m.line(),
                                    m.minutesPerVisit(),
                                    m.placesPerSlot()))
                            .toList(),
                    p.linkedBusinesses(),
                    p.closedDays());
        }
    }

    @GetMapping
    @Operation(
            summary = "Find service points",
            description = "Filter by tier (4 district, 5 town/street, 6 village/community), by a matter code they "
                    + "book, and by text in the name or address (matched literally). Points closed for good are left "
                    + "out. Paged (see the list convention): by tier, then id.")
    ResponseEntity<List<ServicePointView>> search(
            @RequestParam(required = false) @Min(4) @Max(6) Integer tier,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String matter,
            @RequestParam(required = false) @Size(max = 50) @SafeText String text,
            PageParams page) {
        Map<String, String> names = catalog.names();
        return page.ok(directory
                .search(
                        tier == null ? null : Tier.ofCode(tier),
                        matter,
                        text,
                        page.pageable(ServicePointDirectory.ORDER))
                .map(p -> ServicePointView.of(p, names)));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One service point",
            description = "Its hours, windows (number, name, comprehensive or department, delivery), visitor "
                    + "information (parking, transport, self-service terminals, 24-hour zone), matters with the "
                    + "catalog's names, linked businesses; open false once closed for good.")
    ServicePointView one(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id) {
        return ServicePointView.of(directory.require(id), catalog.names());
    }
}
