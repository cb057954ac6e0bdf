package io.onewindow.appointment.slot.web;

import io.onewindow.appointment.slot.Availability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public availability: the slots of a matter at a point with their remaining places. */
@RestController
@Tag(name = "Slots", description = "Availability of slots, computed from opening hours and the working-day calendar")
class SlotController {

    private final Availability availability;
    private final Clock clock;

    SlotController(Availability availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/api/appointments/public/service-points/{id}/slots")
    @Operation(
            summary = "Slots of a matter",
            description = "Every slot from 'from' to 'to' (both included, at most 31 days; default: today and the "
                    + "next 7 days) with remaining places and a state: OPEN, FULL, NOT_YET_RELEASED (with the "
                    + "release time) or PAST. Closed on public holidays, open on make-up working days. A slot in a "
                    + "year whose official holiday arrangement is not published yet is counted from the holiday law "
                    + "and marked provisional: true (临时推算); a range past the calendar's provisional horizon "
                    + "answers 503 calendar-not-covered. Not paged (an exception to the list convention): the"
                    + " 'from'..'to' range bounds it, and a booking calendar shows it whole.")
    List<Availability.OfferedSlot> slots(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @RequestParam @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String matter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusDays(7) : to;
        return availability.slots(id, matter, start, end);
    }
}
