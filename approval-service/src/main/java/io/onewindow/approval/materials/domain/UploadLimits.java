package io.onewindow.approval.materials.domain;

import io.onewindow.platform.domain.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The limits on one person's uploads: what they have uploaded and not yet attached to a case (files
 * and bytes) and how many files they upload within a minute. Usage is judged with the upload in
 * question counted in, so a limit is exactly what may be held: the 30th pending file is accepted, the
 * 31st refused.
 *
 * @param maxPendingBytes most bytes of uploads not yet attached to a case
 * @param maxPendingFiles most uploads not yet attached to a case
 * @param uploadsPerMinute most uploads within {@link #RATE_WINDOW}
 */
public record UploadLimits(long maxPendingBytes, int maxPendingFiles, int uploadsPerMinute) {

    /** The window the upload rate is counted over. */
    public static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    public UploadLimits {
        if (maxPendingBytes <= 0 || maxPendingFiles <= 0 || uploadsPerMinute <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    /**
     * One person's uploads, the one being judged included.
     *
     * @param pendingFiles uploads not yet attached to a case
     * @param pendingBytes their bytes
     * @param uploadTimes when each upload of the last {@link #RATE_WINDOW} (or earlier) was made
     */
    public record Usage(int pendingFiles, long pendingBytes, List<Instant> uploadTimes) {
        public Usage {
            uploadTimes = List.copyOf(uploadTimes);
        }
    }

    /** Uploads made after this instant count towards the rate at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(RATE_WINDOW);
    }

    /**
     * Checks the usage against the limits.
     *
     * @throws ConflictException {@code material.quota-files} or {@code material.quota-bytes} when the
     *     uploads not yet attached would exceed the quota
     * @throws UploadRateExceeded when more uploads than allowed fall within the window ending now
     */
    public void check(Usage usage, Instant now) {
        if (usage.pendingFiles() > maxPendingFiles) {
            throw new ConflictException(
                    "material.quota-files",
                    "you may keep at most " + maxPendingFiles + " uploads not yet attached to an application;"
                            + " attach or let them expire first");
        }
        if (usage.pendingBytes() > maxPendingBytes) {
            throw new ConflictException(
                    "material.quota-bytes",
                    "uploads not yet attached to an application may have at most " + maxPendingBytes
                            + " bytes together; this upload would make " + usage.pendingBytes());
        }
        Instant start = windowStart(now);
        List<Instant> recent = usage.uploadTimes().stream()
                .filter(at -> at.isAfter(start))
                .sorted()
                .toList();
        int excess = recent.size() - uploadsPerMinute;
        if (excess > 0) {
            // Once the excess-th oldest upload leaves the window, the one judged fits.
            Duration wait = Duration.between(now, recent.get(excess - 1).plus(RATE_WINDOW));
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new UploadRateExceeded(uploadsPerMinute, Duration.ofSeconds(seconds));
        }
    }
}
