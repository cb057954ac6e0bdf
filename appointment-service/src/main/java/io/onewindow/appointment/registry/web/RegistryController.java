package io.onewindow.appointment.registry.web;

import io.onewindow.appointment.registry.ServicePointRegistry;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.servicepoint.domain.VisitorInformation;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.appointment.servicepoint.web.ServicePointTag;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of service points: platform administrators create, change and close points; platform
 * administrators and a department's administrator (for his department's matters) put and withdraw
 * the offerings of published catalog matters.
 */
@RestController
@Validated
@RequestMapping("/api/appointments/admin/service-points")
@Tag(name = "Service point registry", description = "Creating, changing and closing service points; their offerings")
class RegistryController {

    private static final String ADMIN = "hasRole('platform-admin')";
    private static final String OFFER_ADMINS = "hasAnyRole('platform-admin','dept-admin')";
    static final String ID = "[a-z0-9-]{1,64}";
    static final String MATTER = "[A-Za-z0-9.-]{1,64}";
    static final String DEPARTMENT = "[a-z][a-z0-9-]{0,63}";
    static final String PERIOD = "([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]";

    private final ServicePointRegistry registry;
    private final EntityTags tags;

    RegistryController(ServicePointRegistry registry, EntityTags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    /** A window: a department window names its department, a comprehensive one none. */
    record WindowRequest(
            @NotNull @Pattern(regexp = Window.NUMBER) String number,
            @NotBlank @Size(max = 50) @SafeText String name,
            @NotNull Boolean comprehensive,
            @Pattern(regexp = DEPARTMENT) String department,
            @NotNull Boolean delivery) {}

    /** What visitors want to know: parking, public transport, self-service terminals, a 24-hour zone. */
    record VisitorRequest(
            @Size(max = 200) @SafeText String parking,
            @Size(max = 500) @SafeText String transport,
            @NotNull @Min(0) @Max(500) Integer selfServiceTerminals,
            @NotNull Boolean twentyFourHourZone) {}

    record CreateRequest(
            @NotBlank @Pattern(regexp = ID) String id,
            @NotBlank @Size(max = 100) @SafeText String name,
            @NotNull @Min(4) @Max(6) Integer tier,
            @Pattern(regexp = ID) String parentId,
            @NotBlank @Size(max = 200) @SafeText String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,

            @NotNull @Size(max = 7)
            Map<DayOfWeek, @NotNull @Size(max = 4) List<@NotNull @Pattern(regexp = PERIOD) String>> openingHours,

            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid WindowRequest> windows,
            @Valid VisitorRequest visitorInformation) {}

    record ChangeRequest(
            @NotBlank @Size(max = 100) @SafeText String name,
            @NotNull @Min(4) @Max(6) Integer tier,
            @Pattern(regexp = ID) String parentId,
            @NotBlank @Size(max = 200) @SafeText String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid WindowRequest> windows,
            @Valid VisitorRequest visitorInformation) {}

    record CloseRequest(@NotBlank @Size(max = 500) @SafeText String reason) {}

    record OfferRequest(
            @NotNull @Pattern(regexp = "[A-Z]") String line,
            @NotNull @Min(5) @Max(240) Integer minutesPerVisit,
            @NotNull @Min(1) @Max(500) Integer placesPerSlot,
            @Size(max = 500) @SafeText String reason) {}

    /** A point as the registry keeps it, with how many future bookings the change cancelled. */
    record RegistryView(
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
            List<LinkedBusiness> linkedBusinesses,
            int cancelledBookings) {

        static RegistryView of(ServicePoint p, int cancelled) {
            Map<String, List<String>> hours = p.openingHoursAsText();
            return new RegistryView(
                    p.id(),
                    p.registryVersion(),
                    p.isOpen(),
                    p.name(),
                    p.tier().code(),
                    p.parentId(),
                    p.address(),
                    p.latitude(),
                    p.longitude(),
                    hours,
                    p.windows(),
                    p.visitorInformation(),
                    p.matters(),
                    p.linkedBusinesses(),
                    cancelled);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Create a service point",
            description = "Platform administrators. Id, name, tier (4/5/6), an existing parent, address, position, "
                    + "weekly hours, windows and visitor information; offerings are put afterwards. "
                    + "Publishes ServicePointRecorded (CREATED, version 1).")
    RegistryView create(@Valid @RequestBody CreateRequest body, @AuthenticationPrincipal Caller caller) {
        ServicePoint.Particulars particulars = particulars(
                body.name(),
                body.tier(),
                body.parentId(),
                body.address(),
                body.latitude(),
                body.longitude(),
                body.windows(),
                body.visitorInformation());
        return RegistryView.of(
                registry.create(
                        caller, new ServicePointRegistry.NewPoint(body.id(), particulars, hours(body.openingHours()))),
                0);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OFFER_ADMINS)
    @Tagged
    @Operation(
            summary = "A service point as the registry keeps it, with its ETag",
            description = "Platform administrators and department administrators. The ETag guards every update "
                    + "of the point (particulars, offerings, opening hours): send it as If-Match.")
    ResponseEntity<RegistryView> get(
            @PathVariable @Pattern(regexp = ID) String id, @AuthenticationPrincipal Caller caller) {
        return answer(registry.get(caller, id), 0);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Change a point's particulars and windows",
            description = "Platform administrators. Replaces name, tier, parent, address, position, windows and "
                    + "visitor information (hours and offerings have their own endpoints). Publishes "
                    + "ServicePointRecorded (CHANGED). If-Match: the point's ETag.")
    ResponseEntity<RegistryView> change(
            @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody ChangeRequest body,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        ServicePoint.Particulars particulars = particulars(
                body.name(),
                body.tier(),
                body.parentId(),
                body.address(),
                body.latitude(),
                body.longitude(),
                body.windows(),
                body.visitorInformation());
        return answer(registry.change(caller, id, particulars, ifMatch.on(this::tagOf)), 0);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Close a point for good",
            description = "Platform administrators. The point leaves the directory and offers no slot; every "
                    + "future booking there is cancelled with the reason (Cancelled, reason SCHEDULE_CHANGED). "
                    + "Publishes ServicePointRecorded (CLOSED).")
    RegistryView close(
            @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody CloseRequest body,
            @AuthenticationPrincipal Caller caller) {
        ServicePointRegistry.Outcome outcome = registry.close(caller, id, body.reason());
        return RegistryView.of(outcome.point(), outcome.cancelledBookings());
    }

    @PutMapping("/{id}/offers/{matterCode}")
    @PreAuthorize(OFFER_ADMINS)
    @Operation(
            summary = "Offer a catalog matter at the point, or change how it is booked",
            description = "Platform administrators, or the department administrator of the matter's department. "
                    + "The matter must be published in the catalog (400 unknown-matter otherwise); its name and "
                    + "department come from the catalog. Future bookings the new timing no longer fits are "
                    + "cancelled with the reason. Publishes ServicePointRecorded (OFFER_CHANGED). Offerings are part "
                    + "of the point: If-Match is the point's ETag, also for a new offering.")
    ResponseEntity<RegistryView> putOffer(
            @PathVariable @Pattern(regexp = ID) String id,
            @PathVariable @Pattern(regexp = MATTER) String matterCode,
            @Valid @RequestBody OfferRequest body,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        ServicePointRegistry.Outcome outcome = registry.putOffer(
                caller,
                id,
                matterCode,
                new ServicePointRegistry.Offering(body.line(), body.minutesPerVisit(), body.placesPerSlot()),
                body.reason(),
                ifMatch.on(this::tagOf));
        return answer(outcome.point(), outcome.cancelledBookings());
    }

    @DeleteMapping("/{id}/offers/{matterCode}")
    @PreAuthorize(OFFER_ADMINS)
    @Operation(
            summary = "Withdraw an offering",
            description = "Platform administrators, or the department administrator of the matter's department. "
                    + "Every future booking of the matter there is cancelled with the reason (Cancelled, reason "
                    + "SCHEDULE_CHANGED); a matter a linked business joins is refused (409). Publishes "
                    + "ServicePointRecorded (OFFER_CHANGED). If-Match: the point's ETag.")
    ResponseEntity<RegistryView> withdrawOffer(
            @PathVariable @Pattern(regexp = ID) String id,
            @PathVariable @Pattern(regexp = MATTER) String matterCode,
            @RequestParam @NotBlank @Size(max = 500) @SafeText String reason,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        ServicePointRegistry.Outcome outcome =
                registry.withdrawOffer(caller, id, matterCode, reason, ifMatch.on(this::tagOf));
        return answer(outcome.point(), outcome.cancelledBookings());
    }

    private String tagOf(ServicePoint point) {
        return ServicePointTag.of(tags, point);
    }

    /** The point with the ETag of its state (the cancelled bookings are this answer's, not the point's). */
    private ResponseEntity<RegistryView> answer(ServicePoint point, int cancelled) {
        return ResponseEntity.ok().eTag(tagOf(point)).body(RegistryView.of(point, cancelled));
    }

    private static ServicePoint.Particulars particulars(
            String name,
            int tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            List<WindowRequest> windows,
            VisitorRequest visitor) {
        List<Window> built = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            WindowRequest w = windows.get(i);
            try {
                built.add(new Window(w.number(), w.name(), w.comprehensive(), w.department(), w.delivery()));
            } catch (InvalidValueException e) {
                String field = e.violations().isEmpty()
                        ? "department"
                        : e.violations().get(0).field();
                throw new InvalidValueException(e.code(), "windows[" + i + "]." + field, e.getMessage());
            }
        }
        VisitorInformation information = visitor == null
                ? VisitorInformation.NONE
                : new VisitorInformation(
                        visitor.parking(),
                        visitor.transport(),
                        visitor.selfServiceTerminals(),
                        visitor.twentyFourHourZone());
        return new ServicePoint.Particulars(
                name, Tier.ofCode(tier), parentId, address, latitude, longitude, built, information);
    }

    private static Map<DayOfWeek, List<TimeRange>> hours(Map<DayOfWeek, List<String>> periods) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        try {
            periods.forEach((day, list) -> hours.put(
                    day,
                    list.stream()
                            .map(p -> TimeRange.of(p.substring(0, 5), p.substring(6)))
                            .toList()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("invalid-opening-hours", "openingHours", e.getMessage());
        }
        return hours;
    }
}
