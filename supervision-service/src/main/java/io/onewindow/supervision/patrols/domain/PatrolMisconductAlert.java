package io.onewindow.supervision.patrols.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 21, {@code patrol.misconduct-observed}: a volunteer supervisor observed what alleges misconduct
 * at a hall (staff absent from post or misbehaving, intermediaries or scalpers at work, off-system
 * handling). A warning for the inspectors to look into, one per observation (subject {@code PATROL}, the
 * observation's id, which is also the evidence); the department is the observed window's when the
 * registry says which department serves it, else {@code null} (inspectors only). No member of staff is
 * named as involved: the volunteer names a window, not a person.
 */
public final class PatrolMisconductAlert {

    public static final int NUMBER = 21;
    public static final String CODE = "patrol.misconduct-observed";
    public static final String SUBJECT_TYPE = "PATROL";

    private PatrolMisconductAlert() {}

    /**
     * The alert candidate of an observation.
     *
     * @throws IllegalArgumentException when its category alleges no misconduct
     */
    public static AlertCandidate of(Patrol patrol) {
        if (!patrol.category().allegesMisconduct()) {
            throw new IllegalArgumentException("a " + patrol.category() + " observation raises no alert");
        }
        Map<String, List<String>> details = new LinkedHashMap<>();
        details.put("patrolId", List.of(patrol.id()));
        details.put("servicePointId", List.of(patrol.servicePointId()));
        details.put("category", List.of(patrol.category().name()));
        if (patrol.window() != null) {
            details.put("window", List.of(patrol.window()));
        }
        return new AlertCandidate(
                NUMBER,
                CODE,
                SUBJECT_TYPE,
                patrol.id(),
                patrol.department(),
                Severity.WARNING,
                null,
                List.of(patrol.id()),
                List.of(),
                patrol.recordedAt(),
                "A volunteer supervisor observed " + patrol.category().label() + " at " + patrol.servicePointId()
                        + (patrol.window() == null ? "" : " window " + patrol.window()),
                details);
    }
}
