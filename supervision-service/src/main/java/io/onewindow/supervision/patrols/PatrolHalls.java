package io.onewindow.supervision.patrols;

import java.util.Optional;

/** What the patrols need to know of the halls: which exist, and which department a window serves. */
public interface PatrolHalls {

    /** Whether the registry has recorded this hall. */
    boolean isKnown(String servicePointId);

    /** The department a hall's window serves, if the registry says so. */
    Optional<String> departmentOfWindow(String servicePointId, String window);
}
