package io.onewindow.appointment.schedule.web;

import io.onewindow.appointment.schedule.ScheduleDesk;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins change a point's schedule; affected bookings are cancelled with the reason. */
@RestController
@Validated
@Tag(name = "Schedules", description = "Closing days at a service point")
class ScheduleController {

    private final ScheduleDesk schedules;

    ScheduleController(ScheduleDesk schedules) {
        this.schedules = schedules;
    }

    record CloseDayRequest(
            @NotNull LocalDate day,
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    record CloseDayResult(String servicePointId, LocalDate day, int cancelledBookings) {}

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
