package io.onewindow.elicense.config;

import java.net.URI;
import java.time.Duration;
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
 * @param pdfFont path of a TrueType font with CJK glyphs for PDFs; empty probes common system fonts
 * @param consumeApprovals whether the {@code ApplicationApproved} listener starts
 * @param approvalService where and as whom the service asks approval-service for approved cases and
 *     the licenses a case cites
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
        @DefaultValue ApprovalService approvalService) {

    /**
     * approval-service's internal API, called with this service's own client-credentials token.
     *
     * @param uri base URI of approval-service (env alias {@code APPROVAL_SERVICE_URI})
     * @param clientId the Keycloak client of this service (its service account has role
     *     {@code platform-service})
     * @param clientSecret its secret (env alias {@code E_LICENSE_SERVICE_CLIENT_SECRET}); the default
     *     is the realm's demo secret for the local run only
     * @param timeout connect and read time-out of each call (approval and the token endpoint)
     */
    public record ApprovalService(
            @DefaultValue("http://127.0.0.1:8082") URI uri,
            @DefaultValue("e-license-service") String clientId,
            @DefaultValue("e-license-service-demo-secret") String clientSecret,
            @DefaultValue("3s") Duration timeout) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "ApprovalService[uri=" + uri + ", clientId=" + clientId + ", timeout=" + timeout + "]";
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
