package io.onewindow.elicense.wallet;

import io.onewindow.elicense.consent.LicenseUse;
import io.onewindow.elicense.license.Holders;
import io.onewindow.elicense.license.LicenseStore;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.verification.Verification;
import io.onewindow.platform.identity.RealNameRule;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.RealNameCheck;
import io.onewindow.platform.service.UseCase;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The holder's wallet: their licenses, each as data, QR payload and PDF. Every read needs the
 * real-name level of the action {@code license-wallet} (window-confirmed by default; 403
 * real-name-level-insufficient before anything is read).
 */
@UseCase
public class Wallet {

    private final LicenseStore licenses;
    private final LicenseUse use;
    private final Verification verification;
    private final LicensePdf pdf;
    private final RealNameCheck realNames;

    Wallet(LicenseStore licenses, LicenseUse use, Verification verification, LicensePdf pdf, RealNameCheck realNames) {
        this.realNames = realNames;
        this.licenses = licenses;
        this.use = use;
        this.verification = verification;
        this.pdf = pdf;
    }

    /** Order of the wallet: newest issue first, then by id. */
    public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "issuedAt");

    /** One page of the caller's licenses in {@link #ORDER}. */
    public Page<License> mine(Caller holder, Pageable page) {
        realNames.require(holder, RealNameRule.LICENSE_WALLET);
        Holders.requireHolder(holder);
        List<String> codes = Holders.codesOf(holder);
        return codes.isEmpty() ? Page.empty(page) : licenses.heldBy(codes, page);
    }

    public License open(String licenseId, Caller holder) {
        realNames.require(holder, RealNameRule.LICENSE_WALLET);
        return use.ownLicense(licenseId, holder);
    }

    /** A license's QR code: the signed payload and the verification address carrying it (what the code encodes). */
    public record QrCode(String payload, String url) {}

    public QrCode qrCode(String licenseId, Caller holder) {
        realNames.require(holder, RealNameRule.LICENSE_WALLET);
        String payload = verification.qrPayloadOf(use.ownLicense(licenseId, holder));
        return new QrCode(payload, verification.qrLinkOf(payload));
    }

    public byte[] pdf(String licenseId, Caller holder) {
        realNames.require(holder, RealNameRule.LICENSE_WALLET);
        License license = use.ownLicense(licenseId, holder);
        return pdf.render(license, verification.qrLinkOf(verification.qrPayloadOf(license)));
    }
}
