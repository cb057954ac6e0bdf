package io.onewindow.appointment.schedule.web;

import io.onewindow.appointment.schedule.ScheduleDesk;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.servicepoint.web.ServicePointTag;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins change a point's schedule; affected bookings are cancelled with the reason. */
@RestController
@Validated
@Tag(name = "Schedules", description = "Closing days at a service point")
class ScheduleController {

    private final ScheduleDesk schedules;
    private final EntityTags tags;

    ScheduleController(ScheduleDesk schedules, EntityTags tags) {
        this.schedules = schedules;
        this.tags = tags;
    }

    record CloseDayRequest(
            @NotNull LocalDate day,
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    record CloseDayResult(String servicePointId, LocalDate day, int cancelledBookings) {}

    /**
     * New weekly hours: per weekday a list of {@code HH:mm-HH:mm} periods; a weekday left out is closed.
     */
    record OpeningHoursRequest(
            @NotNull @Size(max = 7)
            Map<DayOfWeek, @NotNull @Size(max = 4) List<@NotNull @Pattern(regexp = PERIOD) String>> hours,

            @NotBlank @Size(max = 500) @SafeText String reason) {}

    record HoursChangeResult(String servicePointId, int cancelledBookings) {}

    static final String PERIOD = "([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]";

    @PutMapping("/api/appointments/service-points/{id}/opening-hours")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(
            summary = "Change opening hours",
            description = "Replaces the weekly hours; future bookings whose slot no longer exists are cancelled "
                    + "with the reason (Cancelled, reason SCHEDULE_CHANGED) and ScheduleChanged is published. "
                    + "The hours are part of the point: If-Match is the point's ETag (GET "
                    + "/api/appointments/admin/service-points/{id}); the answer carries the new one.")
    ResponseEntity<HoursChangeResult> changeOpeningHours(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @Valid @RequestBody OpeningHoursRequest body,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        try {
            body.hours()
                    .forEach((day, periods) -> hours.put(
                            day,
                            periods.stream()
                                    .map(p -> TimeRange.of(p.substring(0, 5), p.substring(6)))
                                    .toList()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("invalid-opening-hours", "hours", e.getMessage());
        }
        ScheduleDesk.HoursChanged changed = schedules.changeOpeningHours(
                id, hours, body.reason(), caller.subject(), ifMatch.on(point -> ServicePointTag.of(tags, point)));
        return ResponseEntity.ok()
                .eTag(ServicePointTag.of(tags, changed.point()))
                .body(new HoursChangeResult(id, changed.cancelledBookings()));
    }

    @PostMapping("/api/appointments/service-points/{id}/closures")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(
            summary = "Close a day",
            description = "No slots on that day any more; its bookings are cancelled with the reason "
                    + "(Cancelled, reason SCHEDULE_CHANGED) and ScheduleChanged is published.")
    CloseDayResult closeDay(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @Valid @RequestBody CloseDayRequest body,
            @AuthenticationPrincipal Caller caller) {
        int cancelled = schedules.closeDay(id, body.day(), body.reason(), caller.subject());
        return new CloseDayResult(id, body.day(), cancelled);
    }
}
