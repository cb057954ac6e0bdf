package io.onewindow.supervision.catalog.domain;

import io.onewindow.platform.events.approval.MatterVersionPublished;
import java.time.Instant;
import java.util.List;

/**
 * What a published catalog version of a matter says, as far as supervision compares it: its steps
 * and their limits, its required materials and its time limits.
 *
 * @param id {@code <matterCode>:<version>}
 * @param matterCode the matter
 * @param version the version number
 * @param name the matter name
 * @param department the responsible department
 * @param statutoryLimit the statutory limit in working days
 * @param promisedLimit the promised limit in working days
 * @param steps the steps, in order
 * @param requiredMaterials codes of the always-required materials
 * @param eventId the MatterVersionPublished event
 * @param publishedAt when
 * @param decidedAtWindow whether the window decides it (即办件, or a window representative may accept and
 *     decide in one action); {@code false} for versions kept before this was
 */
public record MatterDefinition(
        String id,
        String matterCode,
        int version,
        String name,
        String department,
        int statutoryLimit,
        int promisedLimit,
        List<Step> steps,
        List<String> requiredMaterials,
        String eventId,
        Instant publishedAt,
        boolean decidedAtWindow) {

    public MatterDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
        requiredMaterials = requiredMaterials == null ? List.of() : List.copyOf(requiredMaterials);
    }

    /** A version whose window decision is not known (kept before it was). */
    public MatterDefinition(
            String id,
            String matterCode,
            int version,
            String name,
            String department,
            int statutoryLimit,
            int promisedLimit,
            List<Step> steps,
            List<String> requiredMaterials,
            String eventId,
            Instant publishedAt) {
        this(
                id,
                matterCode,
                version,
                name,
                department,
                statutoryLimit,
                promisedLimit,
                steps,
                requiredMaterials,
                eventId,
                publishedAt,
                false);
    }

    /** A step and its own limit. */
    public record Step(String code, int limitWorkingDays) {}

    public static String idOf(String matterCode, int version) {
        return matterCode + ":" + version;
    }

    public static MatterDefinition of(String eventId, MatterVersionPublished e) {
        return new MatterDefinition(
                idOf(e.matterCode(), e.version()),
                e.matterCode(),
                e.version(),
                e.name(),
                e.department(),
                e.statutoryLimitWorkingDays(),
                e.promisedLimitWorkingDays(),
                e.steps().stream()
                        .map(step -> new Step(step.code(), step.limitWorkingDays()))
                        .toList(),
                e.materials().stream()
                        .filter(MatterVersionPublished.Material::required)
                        .map(MatterVersionPublished.Material::code)
                        .toList(),
                eventId,
                e.publishedAt(),
                "1".equals(e.caseType()) || e.windowMayDecide());
    }

    public boolean hasStep(String code) {
        return steps.stream().anyMatch(step -> step.code().equals(code));
    }
}
