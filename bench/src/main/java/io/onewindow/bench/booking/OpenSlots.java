package io.onewindow.bench.booking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The slots open for booking, found as a citizen's app finds them: appointment-service's public
 * service-point list ({@code GET /public/service-points}) and each offered matter's availability
 * ({@code GET /public/service-points/{id}/slots}, from tomorrow for 14 days, so that no slot passes
 * during a run) on the demo data.
 */
public final class OpenSlots {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One open slot of a matter at a service point, with its places. */
    public record Slot(String servicePointId, String matterCode, LocalDateTime start, int capacity, int remaining) {}

    /** One place to book: a slot and the person who is to take it. */
    public record Place(String servicePointId, String matterCode, LocalDateTime start) {}

    private final List<Slot> slots;

    /**
     * The district-local start of a listed slot: the API answers it with the district's offset
     * ({@code 2026-12-07T09:00:00+08:00}); sent back without offset it names the same slot.
     */
    public static LocalDateTime startOf(JsonNode slot) {
        return OffsetDateTime.parse(slot.path("start").asString())
                .atZoneSameInstant(ZONE)
                .toLocalDateTime();
    }

    private OpenSlots(List<Slot> slots) {
        this.slots = slots;
    }

    /**
     * Open slots with free places, until at least {@code places} places are found (or every offered
     * matter was asked); {@code base} is {@code http://host:port/api/appointments}.
     */
    public static OpenSlots discover(HttpClient http, String base, int places) throws Exception {
        LocalDate from = LocalDate.now(ZONE).plusDays(1);
        List<Slot> found = new ArrayList<>();
        int total = 0;
        // the list is paged: the largest page holds every demo hall (80)
        JsonNode points = get(http, base + "/public/service-points?size=100");
        for (JsonNode point : points) {
            for (JsonNode matter : point.path("matters")) {
                if (total >= places) {
                    return new OpenSlots(found);
                }
                String id = point.path("id").asString();
                String code = matter.path("code").asString();
                JsonNode offered = get(
                        http,
                        base + "/public/service-points/" + id + "/slots?matter=" + code + "&from=" + from + "&to="
                                + from.plusDays(14));
                for (JsonNode slot : offered) {
                    int remaining = slot.path("remaining").asInt();
                    if ("OPEN".equals(slot.path("state").asString()) && remaining > 0) {
                        found.add(new Slot(
                                id, code, startOf(slot), slot.path("capacity").asInt(), remaining));
                        total += remaining;
                    }
                }
            }
        }
        return new OpenSlots(found);
    }

    /** Takes the untouched open slot with the most places out of the list. */
    public Slot takeLargest() {
        Slot largest = slots.stream()
                .filter(s -> s.remaining() == s.capacity())
                .max(Comparator.comparingInt(Slot::capacity))
                .orElseThrow(() -> new IllegalStateException("no untouched open slot"));
        slots.remove(largest);
        return largest;
    }

    /**
     * Every free place of the remaining slots, slot after slot (so that concurrent bookings meet on
     * the same slot as a rush does); fails if there are fewer than {@code needed}.
     */
    public List<Place> places(int needed) {
        List<Place> places = new ArrayList<>();
        for (Slot slot : slots) {
            for (int i = 0; i < slot.remaining(); i++) {
                places.add(new Place(slot.servicePointId(), slot.matterCode(), slot.start()));
            }
        }
        if (places.size() < needed) {
            throw new IllegalStateException(
                    "the demo data offer " + places.size() + " open places, the run needs " + needed);
        }
        return places;
    }

    /** The remaining places of one slot now. */
    public static int remaining(HttpClient http, String base, Slot slot) throws Exception {
        LocalDate day = slot.start().toLocalDate();
        for (JsonNode offered : get(
                http,
                base + "/public/service-points/" + slot.servicePointId() + "/slots?matter=" + slot.matterCode()
                        + "&from=" + day + "&to=" + day)) {
            if (startOf(offered).equals(slot.start())) {
                return offered.path("remaining").asInt();
            }
        }
        throw new IllegalStateException("slot " + slot + " is no longer offered");
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
