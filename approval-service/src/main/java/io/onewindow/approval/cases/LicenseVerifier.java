package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.LicenseCheck;

/**
 * Checks an e-license offered in place of paper with the e-license service, on behalf of the person
 * waiting. Never throws for an unreachable service: it answers {@link LicenseCheck#unchecked}.
 */
public interface LicenseVerifier {

    /**
     * @param identifier the GB/T 36904 identifier
     * @param holderCode the applicant's ID number or credit code
     * @param bearerToken the caller's access token, forwarded so the e-license service applies its own rules
     */
    LicenseCheck check(String identifier, String holderCode, String bearerToken);
}
