package io.onewindow.approval.servicepoint.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service point (hall) as approval knows it from appointment-service's registry: the latest
 * version that arrived, with its windows and the matters offered there. appointment-service owns
 * the registry; this copy follows it within the consumer's delay.
 *
 * @param id the point's id, e.g. {@code panyu-district-center}
 * @param version the registry version this copy holds (an older one arriving late is ignored)
 * @param name its Chinese name
 * @param tier GB/T 32168 service tier (4 district, 5 town/street, 6 village/community)
 * @param open {@code false} once closed for good: no new matters name it
 * @param windows its windows, in number order
 * @param offers the catalog matters booked there
 */
public record KnownServicePoint(
        String id, long version, String name, int tier, boolean open, List<Window> windows, List<Offer> offers) {

    public KnownServicePoint {
        Objects.requireNonNull(id, "id");
        windows = windows == null ? List.of() : List.copyOf(windows);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /**
     * A window of the point.
     *
     * @param number as shown above it, e.g. {@code 3} or {@code A2}
     * @param name its label
     * @param comprehensive a comprehensive window (综合受理窗口), whose officers receive any matter offered
     *     at the point
     * @param department the department a department window serves; {@code null} for a comprehensive one
     * @param delivery whether results are handed out there
     */
    public record Window(String number, String name, boolean comprehensive, String department, boolean delivery) {}

    /**
     * A catalog matter booked at the point.
     *
     * @param matterCode the matter's catalog code
     * @param department the department responsible for it
     */
    public record Offer(String matterCode, String department) {}

    /** The window with this number, if the point has it. */
    public Optional<Window> window(String number) {
        return windows.stream().filter(w -> w.number().equals(number)).findFirst();
    }

    /** Whether the point is open and has a comprehensive window. */
    public boolean hasComprehensiveWindow() {
        return open && windows.stream().anyMatch(Window::comprehensive);
    }

    /** Whether the matter is offered at the point while it is open. */
    public boolean offers(String matterCode) {
        return open && offers.stream().anyMatch(o -> o.matterCode().equals(matterCode));
    }
}
