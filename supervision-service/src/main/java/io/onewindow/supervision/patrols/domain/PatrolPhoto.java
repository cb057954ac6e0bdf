package io.onewindow.supervision.patrols.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A patrol photo as checked before a byte is stored: JPEG or PNG by its leading bytes (whatever the
 * upload declared), not empty, at most the configured size; named by its SHA-256.
 *
 * @param bytes the photo
 * @param contentType {@code image/jpeg} or {@code image/png}, from the leading bytes
 * @param sha256 its SHA-256, hex
 */
public record PatrolPhoto(byte[] bytes, String contentType, String sha256) {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /**
     * Checks an uploaded photo.
     *
     * @throws InvalidValueException {@code patrol.photo-empty}, {@code patrol.photo-too-large} or {@code
     *     patrol.photo-type} (neither JPEG nor PNG by its bytes), naming {@code photo}
     */
    public static PatrolPhoto of(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidValueException("patrol.photo-empty", "photo", "the photo is empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidValueException(
                    "patrol.photo-too-large", "photo", "a photo may have at most " + maxBytes + " bytes");
        }
        String type;
        if (startsWith(bytes, JPEG)) {
            type = "image/jpeg";
        } else if (startsWith(bytes, PNG)) {
            type = "image/png";
        } else {
            throw new InvalidValueException("patrol.photo-type", "photo", "the photo must be a JPEG or PNG image");
        }
        return new PatrolPhoto(bytes, type, sha256Of(bytes));
    }

    /** The SHA-256 of {@code bytes}, hex. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
