package io.onewindow.appointment.booking.web;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.MyBookings;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.ApiTime;
import io.onewindow.platform.web.ResidentId;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Real-name bookings. The person's identity comes from the token; an agent names the principal
 * and the written authorization. {@code Idempotency-Key} makes a retried POST answer the first
 * booking instead of making a second.
 */
@RestController
@Validated
@RequestMapping("/api/appointments")
@Tag(name = "Bookings", description = "Book, cancel and reschedule places; real-name and scalper-proof")
class BookingController {

    private static final String BOOKERS = "hasAnyRole('citizen','enterprise','agent')";

    private final BookingDesk desk;
    private final MyBookings mine;
    private final Identities identities;
    private final WorkingCalendar calendar;
    private final ApiTime time;

    BookingController(
            BookingDesk desk, MyBookings mine, Identities identities, WorkingCalendar calendar, ApiTime time) {
        this.time = time;
        this.desk = desk;
        this.mine = mine;
        this.identities = identities;
        this.calendar = calendar;
    }

    // Whether the day is provisional is asked now, so a booking stops being so once its year is official.
    private BookingView view(Booking booking) {
        return BookingView.of(booking, calendar.isProvisional(booking.day()));
    }

    /**
     * A booking request.
     *
     * @param start the slot's start: RFC 3339 with any offset (a slot's {@code start} or a booking's
     *     {@code slotStart} as answered), or without offset as the district's local time
     * @param principalIdNumber agents only: the ID number of the person who will come, who must have
     *     given the agent a mandate (授权委托) for the matter
     */
    record BookRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,64}")
            String matterCode,

            @NotNull OffsetDateTime start,
            @ResidentId String principalIdNumber) {}

    /** A linked booking (一号联办) request: one business, several departments, one code. */
    record LinkedBookRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,64}")
            String businessCode,

            @NotNull OffsetDateTime start,
            @ResidentId String principalIdNumber) {}

    record RescheduleRequest(@NotNull OffsetDateTime start) {}

    @PostMapping
    @PreAuthorize(BOOKERS)
    @Operation(
            summary = "Book a place",
            description = "Takes one place in a released slot, in the name of the token's verified ID number "
                    + "(agents: principalIdNumber, under a live mandate of that person for the matter, as an agent "
                    + "enrolled under a registered intermediary). Limits per person: one a day, two a week, six a "
                    + "month, one active per matter; agents and intermediaries have their own limits; banned people "
                    + "are refused. Send Idempotency-Key to make retries safe. A scarce slot (the housing transfer "
                    + "by default) requested within its draw window after release takes no place: the request, "
                    + "checked as a booking, enters the slot's draw and is answered 202 with the entry (one per "
                    + "person and slot; a repeat answers the same entry).")
    // The answer's type depends on the slot, so the document says which status carries which view:
    // a client generated from it reads the booking (201) as a typed model, not an untyped object.
    @ApiResponse(
            responseCode = "201",
            description = "Booked: the booking",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)))
    @ApiResponse(
            responseCode = "202",
            description = "A scarce slot within its draw window: the draw entry, no place taken yet",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DrawEntryView.class)))
    ResponseEntity<Object> book(
            @Valid @RequestBody BookRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyKey,
            @AuthenticationPrincipal Caller caller,
            HttpServletRequest request) {
        Principal principal = identities.principal(caller, body.principalIdNumber());
        Requester requester = identities.requester(caller, request);
        BookingDesk.Outcome outcome = desk.request(new BookingDesk.BookCommand(
                principal,
                requester,
                identities.ownIdHash(caller),
                body.servicePointId(),
                body.matterCode(),
                time.local(body.start()),
                idempotencyKey,
                digest(
                        "book",
                        body.servicePointId(),
                        body.matterCode(),
                        String.valueOf(time.local(body.start())),
                        principal.idHash())));
        if (outcome.entry() != null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(DrawEntryView.of(outcome.entry()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(view(outcome.booking()));
    }

    @PostMapping("/linked")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(BOOKERS)
    @Operation(
            summary = "Book a linked business (一号联办)",
            description = "Books every department's slot of a linked business at one point under one code, at "
                    + "the same or consecutive times: all or nothing. Cancelling one part cancels all.")
    List<BookingView> bookLinked(
            @Valid @RequestBody LinkedBookRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyKey,
            @AuthenticationPrincipal Caller caller,
            HttpServletRequest request) {
        Principal principal = identities.principal(caller, body.principalIdNumber());
        return desk
                .bookLinked(new BookingDesk.BookLinkedCommand(
                        principal,
                        identities.requester(caller, request),
                        identities.ownIdHash(caller),
                        body.servicePointId(),
                        body.businessCode(),
                        time.local(body.start()),
                        idempotencyKey,
                        digest(
                                "linked",
                                body.servicePointId(),
                                body.businessCode(),
                                String.valueOf(time.local(body.start())),
                                principal.idHash())))
                .stream()
                .map(this::view)
                .toList();
    }

    @GetMapping("/mine")
    @PreAuthorize(BOOKERS)
    @Operation(
            summary = "My bookings",
            description = "The caller's own bookings, and for agents those they made. Paged (see the list"
                    + " convention): latest slot first.")
    ResponseEntity<List<BookingView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(mine.mine(identities.idHashOrNone(caller), caller.subject(), page.pageable(MyBookings.ORDER))
                .map(this::view));
    }

    @GetMapping("/{id}")
    @PreAuthorize(BOOKERS)
    @Operation(summary = "One of my bookings", description = "Another person's booking answers 404.")
    BookingView one(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id,
            @AuthenticationPrincipal Caller caller,
            HttpServletRequest request) {
        return view(mine.one(id, identities.idHashOrNone(caller), identities.requester(caller, request)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(BOOKERS)
    @Operation(
            summary = "Cancel my booking",
            description =
                    "Allowed until 2 hours before the slot; the parts of a linked booking are cancelled together.")
    List<BookingView> cancel(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id,
            @AuthenticationPrincipal Caller caller,
            HttpServletRequest request) {
        return mine.cancel(id, identities.idHashOrNone(caller), identities.requester(caller, request)).stream()
                .map(this::view)
                .toList();
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize(BOOKERS)
    @Operation(
            summary = "Move my booking to another slot",
            description = "Atomic for the person: the new place is taken before the old one is given back.")
    BookingView reschedule(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id,
            @Valid @RequestBody RescheduleRequest body,
            @AuthenticationPrincipal Caller caller,
            HttpServletRequest request) {
        return view(mine.reschedule(
                id, time.local(body.start()), identities.idHashOrNone(caller), identities.requester(caller, request)));
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
