package io.onewindow.approval.catalog.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the catalog says about one version of a matter (事项): the law of its process. Checked
 * when made, so a version that contradicts the Administrative License Law cannot be drafted.
 */
public record MatterDefinition(
        String code,
        String name,
        String department,
        String matterType,
        Set<Subject> subjects,
        String legalBasis,
        String conditions,
        List<MaterialRequirement> materials,
        List<ProcessStep> steps,
        int statutoryLimitWorkingDays,
        int promisedLimitWorkingDays,
        BigDecimal fee,
        String feeBasis,
        CaseType caseType,
        boolean windowMayDecide,
        boolean fullyOnline,
        String licenseTypeCode,
        List<String> servicePoints) {

    /** Art. 42: 20 working days, joint or centralised processing 45; no catalog entry may promise longer. */
    public static final int LONGEST_STATUTORY_LIMIT = 45;

    public MatterDefinition {
        if (code == null || !code.matches("[A-Za-z0-9_-]{2,40}")) {
            throw new InvalidValueException("catalog.invalid-matter", "code", "bad matter code: " + code);
        }
        requireText(name, "name");
        requireText(department, "department");
        requireText(legalBasis, "legalBasis");
        if (matterType == null || !matterType.matches("\\d{2}")) {
            throw new InvalidValueException("catalog.invalid-matter", "matterType", "two-digit GB/T 39046 matter type");
        }
        if (subjects == null || subjects.isEmpty()) {
            throw new InvalidValueException("catalog.invalid-matter", "subjects", "say who may apply");
        }
        if (caseType == null) {
            throw new InvalidValueException("catalog.invalid-matter", "caseType", "on-the-spot or promised");
        }
        subjects = Set.copyOf(subjects);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
        servicePoints = servicePoints == null ? List.of() : List.copyOf(servicePoints);
        conditions = conditions == null ? "" : conditions;
        fee = fee == null ? BigDecimal.ZERO : fee;
        feeBasis = feeBasis == null ? "" : feeBasis;
        checkLimits(statutoryLimitWorkingDays, promisedLimitWorkingDays, steps);
        requireUnique(materials.stream().map(MaterialRequirement::code).toList(), "materials");
        requireUnique(steps.stream().map(ProcessStep::code).toList(), "steps");
        if (fee.signum() < 0) {
            throw new InvalidValueException("catalog.invalid-matter", "fee", "a fee cannot be negative");
        }
        if (fee.signum() > 0 && feeBasis.isBlank()) {
            throw new InvalidValueException("catalog.fee-without-basis", "feeBasis", "a fee needs its legal basis");
        }
    }

    private static void checkLimits(int statutory, int promised, List<ProcessStep> steps) {
        if (statutory < 0 || statutory > LONGEST_STATUTORY_LIMIT) {
            throw new InvalidValueException(
                    "catalog.statutory-limit-out-of-range",
                    "statutoryLimitWorkingDays",
                    "the statutory limit must be 0.." + LONGEST_STATUTORY_LIMIT + " working days");
        }
        if (promised < 0 || promised > statutory) {
            throw new InvalidValueException(
                    "catalog.promised-exceeds-statutory",
                    "promisedLimitWorkingDays",
                    "the promised limit must not exceed the statutory limit");
        }
        int stepTotal = steps.stream().mapToInt(ProcessStep::limitWorkingDays).sum();
        if (stepTotal > promised) {
            throw new InvalidValueException(
                    "catalog.steps-exceed-promised-limit",
                    "steps",
                    "the step limits add up to " + stepTotal + " working days, more than the promised " + promised);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("catalog.invalid-matter", field, field + " is required");
        }
    }

    private static void requireUnique(List<String> codes, String field) {
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new InvalidValueException("catalog.duplicate-code", field, "codes must be unique in " + field);
        }
    }

    /** The material with this code, if the catalog has it. */
    public Optional<MaterialRequirement> material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }

    /** The step with this code, if the catalog has it. */
    public Optional<ProcessStep> step(String stepCode) {
        return steps.stream().filter(s -> s.code().equals(stepCode)).findFirst();
    }

    /** Whether a window representative may accept and decide in one action. */
    public boolean decidableOnTheSpot() {
        return caseType == CaseType.ON_THE_SPOT || windowMayDecide;
    }
}
