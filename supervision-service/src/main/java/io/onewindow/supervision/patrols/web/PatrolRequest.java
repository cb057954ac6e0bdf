package io.onewindow.supervision.patrols.web;

import io.onewindow.platform.web.SafeText;
import io.onewindow.supervision.patrols.domain.PatrolCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A patrol observation as a volunteer sends it (JSON, or the {@code observation} part of a multipart
 * request whose {@code photo} part carries the picture).
 *
 * @param observedAt when it was seen, RFC 3339 with its offset, e.g. {@code 2026-03-02T10:15:00+08:00}
 * @param servicePointId the hall, as the registry names it
 * @param window the window's number as shown above it, if one is concerned
 * @param category QUEUE_ORDER, STAFF_ABSENT_FROM_POST, STAFF_CONDUCT, INTERMEDIARY_ON_SITE, SCALPING,
 *     OFF_SYSTEM_HANDLING, FACILITIES or OTHER
 * @param description what was seen, 1–2000 characters of plain text
 */
record PatrolRequest(
        @NotNull OffsetDateTime observedAt,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,
        @Pattern(regexp = "[A-Za-z0-9-]{1,16}") String window,
        @NotNull PatrolCategory category,
        @NotBlank @SafeText @Size(max = 2000) String description) {}
