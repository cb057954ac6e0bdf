package io.onewindow.appointment.servicepoint.domain;

import java.util.Objects;

/**
 * A matter a service point handles, and how it books it.
 *
 * @param code the matter code of the catalog
 * @param name the matter's name
 * @param department the department whose officers handle it (and may check visitors in)
 * @param line the queue line prefix for its tickets, one capital letter (e.g. {@code B})
 * @param minutesPerVisit the length of one slot
 * @param placesPerSlot how many people one slot takes
 */
public record MatterOffer(
        String code, String name, String department, String line, int minutesPerVisit, int placesPerSlot) {

    public MatterOffer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        if (line == null || !line.matches("[A-Z]")) {
            throw new IllegalArgumentException("a queue line is one capital letter: " + line);
        }
        if (minutesPerVisit < 5 || minutesPerVisit > 240) {
            throw new IllegalArgumentException("minutes per visit must be 5..240: " + minutesPerVisit);
        }
        if (placesPerSlot < 1 || placesPerSlot > 500) {
            throw new IllegalArgumentException("places per slot must be 1..500: " + placesPerSlot);
        }
    }

    /** The same matter with another number of places per slot. */
    public MatterOffer withPlacesPerSlot(int places) {
        return new MatterOffer(code, name, department, line, minutesPerVisit, places);
    }
}
