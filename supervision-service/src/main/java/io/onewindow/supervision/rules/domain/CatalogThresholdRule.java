package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 5 (catalog) — a raised threshold: a new catalog version of a matter that adds steps or
 * required materials, or lengthens the statutory, promised or a step's limit, compared with the
 * version before it.
 */
public final class CatalogThresholdRule {

    public static final int NUMBER = 5;
    public static final String CODE = "catalog.raised-threshold";

    private final boolean enabled;

    public CatalogThresholdRule(boolean enabled) {
        this.enabled = enabled;
    }

    public Optional<AlertCandidate> compare(MatterDefinition previous, MatterDefinition current) {
        if (!enabled || previous == null || previous.version() >= current.version()) {
            return Optional.empty();
        }
        List<String> raised = new ArrayList<>();
        for (MatterDefinition.Step step : current.steps()) {
            if (!previous.hasStep(step.code())) {
                raised.add("step " + step.code() + " added");
            } else {
                int before = previous.steps().stream()
                        .filter(s -> s.code().equals(step.code()))
                        .findFirst()
                        .orElseThrow()
                        .limitWorkingDays();
                if (step.limitWorkingDays() > before) {
                    raised.add("step " + step.code() + " limit " + before + "→" + step.limitWorkingDays());
                }
            }
        }
        current.requiredMaterials().stream()
                .filter(code -> !previous.requiredMaterials().contains(code))
                .forEach(code -> raised.add("material " + code + " required"));
        if (current.statutoryLimit() > previous.statutoryLimit()) {
            raised.add("statutory limit " + previous.statutoryLimit() + "→" + current.statutoryLimit());
        }
        if (current.promisedLimit() > previous.promisedLimit()) {
            raised.add("promised limit " + previous.promisedLimit() + "→" + current.promisedLimit());
        }
        if (raised.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                NUMBER,
                CODE,
                "MATTER",
                current.id(),
                current.department(),
                Severity.WARNING,
                null,
                List.of(previous.eventId(), current.eventId()),
                List.of(),
                current.publishedAt(),
                String.join("; ", raised)));
    }
}
