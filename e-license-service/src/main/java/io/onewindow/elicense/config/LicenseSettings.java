package io.onewindow.elicense.config;

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
 */
@ConfigurationProperties("onewindow.license")
public record LicenseSettings(
        @DefaultValue("REVNTy1PTkxZLWxpY2Vuc2UtbWFzdGVyLWtleS0zMmI=")
        String masterKey,

        @DefaultValue("30") int reminderDays,
        @DefaultValue("440113") String regionCode,
        @DefaultValue("0 15 0 * * *") String expiryCron,
        @DefaultValue("") String pdfFont,
        @DefaultValue("true") boolean consumeApprovals) {

    static final String PREFIX = "onewindow.license";

    /**
     * The name Spring gives this bean ({@code <prefix>-<class name>}), for annotations that read a
     * setting through SpEL ({@code #{@'…'.expiryCron()}}) instead of repeating its default in a
     * {@code ${…:default}} placeholder.
     */
    public static final String BEAN = PREFIX + "-io.onewindow.elicense.config.LicenseSettings";
}
