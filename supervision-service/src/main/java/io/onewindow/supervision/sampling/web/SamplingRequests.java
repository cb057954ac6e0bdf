package io.onewindow.supervision.sampling.web;

import io.onewindow.platform.web.SafeText;
import io.onewindow.supervision.sampling.domain.Finding;
import io.onewindow.supervision.sampling.domain.FindingCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the sampling review endpoints. */
final class SamplingRequests {

    private SamplingRequests() {}

    /** @param from the first day of the period to draw (a period start: a Monday for weekly periods) */
    record DrawSample(@NotNull LocalDate from) {}

    /**
     * @param finding IN_ORDER or IRREGULAR
     * @param category for IRREGULAR: WRONG_LEGAL_BASIS, MISSING_MATERIAL_ACCEPTED, TIME_LIMIT_MISAPPLIED,
     *     OFF_CATALOG_REQUIREMENT or OTHER; absent for IN_ORDER
     * @param note what the reviewer found
     */
    record RecordFinding(
            @NotNull Finding finding,
            FindingCategory category,
            @NotBlank @SafeText @Size(max = 2000) String note) {}
}
