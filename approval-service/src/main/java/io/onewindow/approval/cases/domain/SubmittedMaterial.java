package io.onewindow.approval.cases.domain;

import java.util.Objects;

/**
 * A material given with an application: an uploaded file, or an e-license in place of paper.
 *
 * @param materialCode the catalog material it answers
 * @param fileId the stored file's id, or {@code null}
 * @param fileName the file's name as uploaded, or {@code null}
 * @param licenseIdentifier the GB/T 36904 identifier of an e-license, or {@code null}
 * @param check the e-license check, or {@code null} for a file
 */
public record SubmittedMaterial(
        String materialCode, String fileId, String fileName, String licenseIdentifier, LicenseCheck check) {

    public SubmittedMaterial {
        Objects.requireNonNull(materialCode, "materialCode");
        if ((fileId == null) == (licenseIdentifier == null)) {
            throw new IllegalArgumentException("a material is either a file or an e-license");
        }
    }

    public static SubmittedMaterial file(String materialCode, String fileId, String fileName) {
        return new SubmittedMaterial(materialCode, fileId, fileName, null, null);
    }

    public static SubmittedMaterial license(String materialCode, String identifier) {
        return new SubmittedMaterial(materialCode, null, null, identifier, null);
    }

    public boolean isLicense() {
        return licenseIdentifier != null;
    }

    public SubmittedMaterial checked(LicenseCheck result) {
        return new SubmittedMaterial(materialCode, fileId, fileName, licenseIdentifier, result);
    }
}
