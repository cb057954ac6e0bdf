package io.onewindow.elicense.config;

import io.onewindow.elicense.verification.domain.QrLink;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-license service ({@code onewindow.license.*}), each with its one default; an
 * environment variable overrides any of them by relaxed binding (e.g. {@code
 * ONEWINDOW_LICENSE_MASTER_KEY} for {@code onewindow.license.master-key}). The table is in
 * {@code docs/e-license-service.md}.
 *
 * @param masterKey base64 of the 32-byte AES key that encrypts department private keys at rest;
 *     the default is a demo value for the local run only
 * @param reminderDays how many days before the last valid day the holder is reminded (Administrative
 *     License Law art. 50: renewal is applied for 30 days before expiry)
 * @param regionCode the administrative region code written on licenses (Panyu: 440113)
 * @param expiryCron when the expiry and reminder job runs (service time zone)
 * @param pdfFont path of a TrueType font (or collection) with CJK glyphs for license and notice PDFs;
 *     empty uses the Noto Sans SC font the service ships (unpacked from Maven Central at build time)
 * @param consumeApprovals whether the {@code ApplicationApproved} listener starts
 * @param digitisation the four-eyes digitisation of paper licenses
 * @param types the four-eyes maintenance of license types
 * @param approvalService where and as whom the service asks approval-service for approved cases and
 *     the licenses a case cites
 * @param verification public verification
 * @param notices the written notices of cases
 */
@ConfigurationProperties("onewindow.license")
public record LicenseSettings(
        @DefaultValue("REVNTy1PTkxZLWxpY2Vuc2UtbWFzdGVyLWtleS0zMmI=")
        String masterKey,

        @DefaultValue("30") int reminderDays,
        @DefaultValue("440113") String regionCode,
        @DefaultValue("0 15 0 * * *") String expiryCron,
        @DefaultValue("") String pdfFont,
        @DefaultValue("true") boolean consumeApprovals,
        @DefaultValue Digitisation digitisation,
        @DefaultValue Types types,
        @DefaultValue ApprovalService approvalService,
        @DefaultValue Verification verification,
        @DefaultValue Notices notices) {

    public LicenseSettings {
        if (verification == null) {
            verification = new Verification(100_000, Verification.DEFAULT_BASE_URL, Verification.DEFAULT_QR_MAX_AGE);
        }
        if (notices == null) {
            notices = new Notices(true, Notices.DEFAULT_VERIFICATION_URL);
        }
    }

    /**
     * The written notices of cases (受理通知书, 不予受理决定书, 补正材料通知书, 准予/不予行政许可决定书).
     *
     * @param consumeApprovals whether the listener that writes notices from approval-service's case
     *     events starts (consumer {@code e-license-notices}, group {@code e-license-service-notices})
     * @param verificationUrl the public address printed on every notice PDF, followed by
     *     {@code /<notice id>/verification}: where anyone checks the notice without a token (the
     *     gateway's address of {@code /api/licenses/public/notices})
     */
    public record Notices(
            @DefaultValue("true") boolean consumeApprovals,
            @DefaultValue(DEFAULT_VERIFICATION_URL) String verificationUrl) {

        public static final String DEFAULT_VERIFICATION_URL = "http://127.0.0.1:8080/api/licenses/public/notices";

        public Notices {
            if (verificationUrl == null || verificationUrl.isBlank()) {
                throw new IllegalArgumentException("onewindow.license.notices.verification-url must be set");
            }
            while (verificationUrl.endsWith("/")) {
                verificationUrl = verificationUrl.substring(0, verificationUrl.length() - 1);
            }
        }
    }

    /**
     * Public verification of licenses.
     *
     * @param signatureCacheSize how many verified license signatures the instance remembers, keyed
     *     by the SHA-256 of the signing key id, the canonical bytes of the content as read and the
     *     signature, so that a license verified again costs a digest instead of an SM2 verification
     *     (the status is read from the library on every request all the same); 0 turns it off. An
     *     entry takes about 150 bytes; when the cache is full it starts again empty
     * @param baseUrl the public verification page the QR code links to, {@code <baseUrl>?p=<payload>}:
     *     the gateway's short {@code /verify} (routed to {@code /api/licenses/public/verify}), its
     *     {@code https} address in production. Codes printed with the gateway's
     *     {@code /api/licenses/public/verify} address on the same host still verify ({@code QrLink})
     * @param qrMaxAge how old a QR payload may be before an offline check warns that a later
     *     revocation would not show in it (30 days: see docs/e-license-service.md)
     */
    public record Verification(
            @DefaultValue("100000") int signatureCacheSize,
            @DefaultValue(DEFAULT_BASE_URL) String baseUrl,
            @DefaultValue(DEFAULT_QR_MAX_AGE_TEXT) Duration qrMaxAge) {

        /** The local gateway's verification page, which it routes to the service's public verification. */
        public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080/verify";

        static final String DEFAULT_QR_MAX_AGE_TEXT = "P30D";
        public static final Duration DEFAULT_QR_MAX_AGE = Duration.parse("PT720H");

        public Verification {
            if (signatureCacheSize < 0) {
                throw new IllegalArgumentException(
                        "onewindow.license.verification.signature-cache-size must not be negative");
            }
            if (baseUrl == null || baseUrl.isBlank()) {
                baseUrl = DEFAULT_BASE_URL;
            }
            QrLink.of(baseUrl);
            if (qrMaxAge == null) {
                qrMaxAge = DEFAULT_QR_MAX_AGE;
            }
            if (qrMaxAge.isNegative() || qrMaxAge.isZero()) {
                throw new IllegalArgumentException("onewindow.license.verification.qr-max-age must be positive");
            }
        }

        /** The link the service writes into QR codes and reads back. */
        public QrLink qrLink() {
            return QrLink.of(baseUrl);
        }
    }

    /**
     * Digitising a paper license: one officer requests, a second person of the department confirms.
     *
     * @param maxBackdating how far before the day of the request the first valid day may lie without
     *     a recorded reason. Five years: paper licenses being digitised are usually years old, and
     *     five years is the longest validity of the district's expiring types (食品经营许可证), so
     *     any such license still in force needs no reason; one older than that is a non-expiring
     *     type or an ended license, and the officer says why it is digitised
     * @param requestTtl how long a request waits for its confirmation before it expires
     */
    public record Digitisation(
            @DefaultValue("P5Y") Period maxBackdating,
            @DefaultValue("P7D") Duration requestTtl) {}

    /**
     * Defining and changing license types: the catalog admin proposes, the owning department's
     * admin confirms.
     *
     * @param maxValidityYears the longest validity a type may have (0 = no expiry stays allowed);
     *     30 years is the longest term Chinese licensing law grants (large mining licenses), so
     *     anything longer is a typo or an attempt to hand out licenses for life
     */
    public record Types(@DefaultValue("30") int maxValidityYears) {}

    /**
     * approval-service's internal API, called with this service's own client-credentials token.
     *
     * @param uri base URI of approval-service (env alias {@code APPROVAL_SERVICE_URI})
     * @param clientId the Keycloak client of this service (its service account has role
     *     {@code platform-service})
     * @param clientSecret its secret (env alias {@code E_LICENSE_SERVICE_CLIENT_SECRET}); the default
     *     is the realm's demo secret for the local run only
     * @param timeout connect and read time-out of each call (approval and the token endpoint)
     * @param tokenUri Keycloak's token endpoint (env alias {@code E_LICENSE_SERVICE_TOKEN_URI});
     *     empty: the one of the issuer the service accepts tokens from. Set it where the public
     *     issuer address cannot be reached from inside (Compose, Kubernetes), as the services' JWK
     *     set URI is
     */
    public record ApprovalService(
            @DefaultValue("http://127.0.0.1:8082") URI uri,
            @DefaultValue("e-license-service") String clientId,
            @DefaultValue("e-license-service-demo-secret") String clientSecret,
            @DefaultValue("3s") Duration timeout,
            @DefaultValue("") String tokenUri) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "ApprovalService[uri=" + uri + ", clientId=" + clientId + ", timeout=" + timeout + ", tokenUri="
                    + tokenUri + "]";
        }
    }

    static final String PREFIX = "onewindow.license";

    /**
     * The name Spring gives this bean ({@code <prefix>-<class name>}), for annotations that read a
     * setting through SpEL ({@code #{@'…'.expiryCron()}}) instead of repeating its default in a
     * {@code ${…:default}} placeholder.
     */
    public static final String BEAN = PREFIX + "-io.onewindow.elicense.config.LicenseSettings";
}
