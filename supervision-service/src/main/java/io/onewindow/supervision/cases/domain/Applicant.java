package io.onewindow.supervision.cases.domain;

/**
 * Who a case is for and who filed it, as {@code ApplicationSubmitted} said, and whether a caller is
 * that applicant: ownership comes from the events, never from the request.
 *
 * @param type PERSON or ENTERPRISE
 * @param masked the applicant's masked ID number or credit code
 * @param pseudonym the applicant's keyed pseudonym, or {@code null} for cases from events that did
 *     not carry it
 * @param agent the agent who filed for the applicant, or {@code null}
 * @param submittedBy the username that filed the case (the applicant, an agent or a window officer)
 */
public record Applicant(String type, String masked, String pseudonym, String agent, String submittedBy) {

    /**
     * Whether {@code caller} is the person this case was filed by: the username that filed it online
     * and the masked ID number the approval service published both match. A case filed at a window
     * or by an agent has another filer, so its applicant cannot be told apart from a masked number.
     */
    public boolean isFiledBy(String username, String maskedIdOrCode) {
        return username != null
                && username.equals(submittedBy)
                && agent == null
                && maskedIdOrCode != null
                && maskedIdOrCode.equals(masked);
    }

    /**
     * Whether the caller is the case's applicant: recognised by the keyed pseudonym of their ID
     * number or credit code that the approval service published (whoever filed the case, the
     * applicant themselves, an agent or a window officer), or else as {@link #isFiledBy}.
     */
    public boolean isApplicant(String username, String maskedIdOrCode, String callerPseudonym) {
        if (callerPseudonym != null && callerPseudonym.equals(pseudonym)) {
            return true;
        }
        return isFiledBy(username, maskedIdOrCode);
    }
}
