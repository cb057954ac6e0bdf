package io.onewindow.appointment.agency.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a new mandate is made of ({@link Mandate#grant}).
 *
 * @param id the mandate's id
 * @param principalPseudonym pseudonym of the principal ({@code IdentityPseudonyms#ofApplicant})
 * @param principalKind person or enterprise
 * @param maskedPrincipal the principal's ID number or credit code, masked
 * @param principalName the principal's name as checked at a window, else {@code null}
 * @param agent the enrolled agent who receives it
 * @param intermediaryCode the agent's intermediary
 * @param matterCodes the matters it covers; empty for every matter
 * @param term when it may be used
 * @param grantedVia online or at a window
 * @param recordedBy the principal's or the window officer's account
 */
public record NewMandate(
        String id,
        String principalPseudonym,
        PrincipalKind principalKind,
        String maskedPrincipal,
        String principalName,
        EnrolledAgent agent,
        String intermediaryCode,
        List<String> matterCodes,
        MandateTerm term,
        GrantedVia grantedVia,
        String recordedBy) {

    public NewMandate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principalPseudonym, "principalPseudonym");
        Objects.requireNonNull(principalKind, "principalKind");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(intermediaryCode, "intermediaryCode");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(grantedVia, "grantedVia");
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }
}
