package io.onewindow.elicense;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-license service ({@code onewindow.license.*}); each can be overridden by
 * an environment variable (e.g. {@code ONEWINDOW_LICENSE_MASTER_KEY}).
 *
 * @param masterKey base64 of the 32-byte AES key that encrypts department private keys at rest;
 *     the default is a demo value for the local run only
 * @param reminderDays how many days before the last valid day the holder is reminded (Administrative
 *     License Law art. 50: renewal is applied for 30 days before expiry)
 * @param regionCode the administrative region code written on licenses (Panyu: 440113)
 * @param expiryCron when the expiry and reminder job runs (service time zone)
 * @param pdfFont path of a TrueType font with CJK glyphs for PDFs; empty probes common system fonts
 */
@ConfigurationProperties("onewindow.license")
public record LicenseSettings(
        @DefaultValue("REVNTy1PTkxZLWxpY2Vuc2UtbWFzdGVyLWtleS0zMmI=")
        String masterKey,

        @DefaultValue("30") int reminderDays,
        @DefaultValue("440113") String regionCode,
        @DefaultValue("0 15 0 * * *") String expiryCron,
        @DefaultValue("") String pdfFont) {}
