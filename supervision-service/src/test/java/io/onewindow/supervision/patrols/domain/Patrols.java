package io.onewindow.supervision.patrols.domain;

import java.time.Duration;
import java.time.Instant;

/** Named patrol observations for the domain tests, on a fixed clock (Monday 2026-03-02 10:00 in Guangzhou). */
final class Patrols {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Duration SEVEN_DAYS = Duration.ofDays(7);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private Patrols() {}

    static Patrol.Observation seen(PatrolCategory category, Instant at) {
        return new Patrol.Observation("panyu-district-center", "3", category, "两名中介在取号机旁揽客，称可代办加急", at);
    }

    static Patrol scalpersSeenAtWindow3(String department) {
        return Patrol.observe(
                seen(PatrolCategory.SCALPING, NOW.minusSeconds(600)),
                new Patrol.Recording(
                        "patrol-1",
                        "volunteer1",
                        "hmac-of-the-id-number",
                        department,
                        PatrolPhoto.of(JPEG, 1024),
                        "65f0c0ffee0000000000beef",
                        "request-hash"),
                NOW,
                SEVEN_DAYS);
    }

    static Patrol brokenTicketMachineSeen() {
        return Patrol.observe(
                seen(PatrolCategory.FACILITIES, NOW.minusSeconds(600)),
                new Patrol.Recording("patrol-2", "volunteer1", null, null, null, null, "request-hash"),
                NOW,
                SEVEN_DAYS);
    }
}
