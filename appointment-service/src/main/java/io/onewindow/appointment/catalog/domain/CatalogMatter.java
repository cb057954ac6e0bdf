package io.onewindow.appointment.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * A matter of approval-service's catalog as its latest published version says (from {@code
 * MatterVersionPublished}): what an offering at a hall takes its name and department from.
 *
 * @param code the matter code, e.g. {@code MR-SP-001}
 * @param version the published version this is
 * @param name the matter's name
 * @param department the responsible department
 * @param servicePoints the service points the catalog says accept it
 */
public record CatalogMatter(String code, int version, String name, String department, List<String> servicePoints) {

    public CatalogMatter {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        servicePoints = servicePoints == null ? List.of() : List.copyOf(servicePoints);
    }
}
