package io.onewindow.approval.cases;

import java.util.Optional;

/**
 * What an enterprise's own business license (营业执照) says of it, from the e-licenses it holds: data
 * given once, so an enterprise filing for itself does not type its name, address and legal
 * representative again. The holder reads its own license; no grant is needed.
 */
public interface RegisteredEnterprises {

    /**
     * The enterprise {@code creditCode} as its valid business license names it; empty when it holds
     * none or the e-license service did not answer in time.
     *
     * @param bearerToken the enterprise's access token, forwarded: e-license shows it its own wallet
     */
    Optional<Registration> of(String creditCode, String bearerToken);

    /**
     * @param name the registered name
     * @param address the registered address (住所), or {@code null}
     * @param legalRepresentative the legal representative (法定代表人), or {@code null}
     * @param licenseIdentifier the business license's identifier
     */
    record Registration(String name, String address, String legalRepresentative, String licenseIdentifier) {}
}
