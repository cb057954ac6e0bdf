package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Booking as a portal does it, independent of the day and the time the tests run: ask the public
 * availability for the whole release horizon (the official calendar decides which days have slots
 * and when they open), and take the earliest slot the service reports OPEN that starts after every
 * cut-off, so that what a test does with the booking next (reschedule, cancel) is never refused
 * for lack of notice, whatever the hour. "Now" and "today" are the platform's ({@link PlatformClock}).
 */
final class Appointments {

    /** The availability endpoint answers at most 31 days; the release horizon is 5 working days. */
    private static final int HORIZON_DAYS = 30;

    /**
     * appointment-service's latest cut-off: cancelling and rescheduling end this long before the
     * slot ({@code onewindow.appointment.cancel-notice}, 2 h, as RunningPlatform starts it).
     */
    static final Duration CANCEL_NOTICE = Duration.ofHours(2);

    /**
     * Room for the test's own run between choosing a slot and the last request about it (a
     * reschedule, a cancellation): minutes at worst on a busy machine.
     */
    static final Duration MARGIN = Duration.ofMinutes(30);

    /** The least a slot offered by {@link #openSlots(Gateway, String, String)} starts after now. */
    static final Duration PAST_EVERY_CUT_OFF = CANCEL_NOTICE.plus(MARGIN);

    private Appointments() {}

    /**
     * Every OPEN slot of a matter at a point that starts after every cut-off (now + {@link
     * #PAST_EVERY_CUT_OFF} on the platform's clock), earliest first: each can be booked,
     * rescheduled and cancelled by a test whatever the time of day.
     */
    static List<LocalDateTime> openSlots(Gateway gateway, String point, String matter) {
        return openSlots(gateway, point, matter, PAST_EVERY_CUT_OFF);
    }

    /**
     * Every OPEN slot of a matter at a point that starts more than {@code lead} after now (the
     * platform's clock), earliest first. A lead shorter than {@link #PAST_EVERY_CUT_OFF} is for a
     * booking that is never cancelled or moved (a visit checked in today); it still keeps a slot
     * from starting between the look-up and the booking.
     */
    static List<LocalDateTime> openSlots(Gateway gateway, String point, String matter, Duration lead) {
        LocalDateTime notBefore = PlatformClock.localNow().plus(lead);
        LocalDate today = Gateway.serviceToday();
        JsonNode slots = gateway.get(
                        "/api/appointments/public/service-points/" + point + "/slots?matter=" + matter + "&from="
                                + today + "&to=" + today.plusDays(HORIZON_DAYS),
                        null)
                .expect(200)
                .json();
        List<LocalDateTime> open = new ArrayList<>();
        for (JsonNode slot : slots) {
            // Answered with the district's offset; kept as the district-local time the tests compare and send.
            LocalDateTime start = OffsetDateTime.parse(slot.path("start").asString())
                    .atZoneSameInstant(Gateway.SERVICE_ZONE)
                    .toLocalDateTime();
            if ("OPEN".equals(slot.path("state").asString())
                    && slot.path("remaining").asInt() > 0
                    && start.isAfter(notBefore)) {
                open.add(start);
            }
        }
        open.sort(Comparator.naturalOrder());
        return open;
    }

    /**
     * Books the earliest OPEN slot past every cut-off ({@link #openSlots(Gateway, String, String)})
     * whose day {@code dayOk} accepts; a slot taken or closed between the look-up and the booking
     * (409) moves on to the next one, and a day on which the person already has the most bookings
     * allowed ({@code limit-per-day}) moves on to the next day.
     *
     * @param request the booking body for a slot start
     * @return the booking as answered (201)
     */
    static JsonNode bookEarliestOpen(
            Gateway gateway,
            String path,
            String token,
            String point,
            String matterOfSlots,
            Predicate<LocalDate> dayOk,
            Function<LocalDateTime, Map<String, Object>> request,
            Map<String, String> headers) {
        return bookEarliestOpen(
                gateway, path, token, point, matterOfSlots, PAST_EVERY_CUT_OFF, dayOk, request, headers);
    }

    /**
     * Books the earliest OPEN slot starting more than {@code lead} from now whose day {@code dayOk}
     * accepts (see {@link #openSlots(Gateway, String, String, Duration)}); a slot taken or closed
     * between the look-up and the booking (409) moves on to the next one, and a day on which the
     * person already has the most bookings allowed ({@code limit-per-day}) moves on to the next day.
     *
     * @param request the booking body for a slot start
     * @return the booking as answered (201)
     */
    static JsonNode bookEarliestOpen(
            Gateway gateway,
            String path,
            String token,
            String point,
            String matterOfSlots,
            Duration lead,
            Predicate<LocalDate> dayOk,
            Function<LocalDateTime, Map<String, Object>> request,
            Map<String, String> headers) {
        List<String> refused = new ArrayList<>();
        java.util.Set<LocalDate> personFullDays = new java.util.HashSet<>();
        for (LocalDateTime start : openSlots(gateway, point, matterOfSlots, lead)) {
            if (!dayOk.test(start.toLocalDate()) || personFullDays.contains(start.toLocalDate())) {
                continue;
            }
            Map<String, String> attempt = new java.util.HashMap<>(headers);
            // A new request (another slot) needs its own idempotency key: the same key answers 422.
            attempt.computeIfPresent("Idempotency-Key", (name, key) -> key + "-" + refused.size());
            Gateway.Answer answer = gateway.post(path, token, request.apply(start), attempt);
            if (answer.status() == 201) {
                return answer.json();
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            refused.add(start + ": " + answer.text("code"));
            String code = answer.text("code");
            if ("limit-per-day".equals(code)) {
                // The person already has their bookings for that day (another test booked it first):
                // every other slot of the day would be refused the same way.
                personFullDays.add(start.toLocalDate());
            } else if ("limit-per-week".equals(code)) {
                LocalDate monday = start.toLocalDate().with(java.time.DayOfWeek.MONDAY);
                for (int d = 0; d < 7; d++) {
                    personFullDays.add(monday.plusDays(d));
                }
            }
            if (refused.size() >= 8) {
                break;
            }
        }
        throw new AssertionError("no OPEN slot of " + matterOfSlots + " at " + point + " starting after "
                + PlatformClock.localNow().plus(lead) + " could be booked; refused: " + refused);
    }

    /** A valid resident ID number (GB 11643, with its MOD 11-2 check character) made from 17 digits. */
    static String residentId(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String checks = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return seventeenDigits + checks.charAt(sum % 11);
    }
}
