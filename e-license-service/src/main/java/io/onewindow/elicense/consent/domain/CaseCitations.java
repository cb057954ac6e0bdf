package io.onewindow.elicense.consent.domain;

import java.util.List;
import java.util.Objects;

/**
 * A case as approval-service (the source) describes it for a duty read: its department, its matter
 * and the e-licenses it cites as materials.
 */
public record CaseCitations(String caseNumber, String department, String matterCode, List<String> licenseIdentifiers) {

    public CaseCitations {
        Objects.requireNonNull(caseNumber, "caseNumber");
        licenseIdentifiers = licenseIdentifiers == null ? List.of() : List.copyOf(licenseIdentifiers);
    }

    public boolean cites(String identifier) {
        return identifier != null
                && licenseIdentifiers.stream().anyMatch(cited -> cited.equalsIgnoreCase(identifier.strip()));
    }
}
