package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.LicenseCheck;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.approval.materials.domain.StoredFile;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The materials an applicant gives (their own uploads, or e-licenses in place of paper) and the
 * e-license check pre-review runs on them, on behalf of the person waiting.
 */
@Component
class CaseMaterials {

    private final MaterialFiles files;
    private final LicenseVerifier licenses;

    CaseMaterials(MaterialFiles files, LicenseVerifier licenses) {
        this.files = files;
        this.licenses = licenses;
    }

    /** The materials given, each an upload of the caller's or an e-license identifier. */
    List<SubmittedMaterial> of(List<CaseFiling.MaterialGiven> given, Caller caller) {
        List<SubmittedMaterial> materials = new ArrayList<>();
        for (CaseFiling.MaterialGiven material : given == null ? List.<CaseFiling.MaterialGiven>of() : given) {
            if ((material.fileId() == null) == (material.licenseIdentifier() == null)) {
                throw new InvalidValueException(
                        "application.material-ambiguous", "materials", "give either a fileId or a licenseIdentifier");
            }
            if (material.fileId() != null) {
                StoredFile file = files.find(material.fileId())
                        .filter(f -> caller.username().equals(f.owner()))
                        .orElseThrow(() -> new InvalidValueException(
                                "application.unknown-file",
                                "materials.fileId",
                                "no upload " + material.fileId() + " of yours"));
                materials.add(SubmittedMaterial.file(material.materialCode(), file.id(), file.name()));
            } else {
                materials.add(SubmittedMaterial.license(material.materialCode(), material.licenseIdentifier()));
            }
        }
        return materials;
    }

    /**
     * Marks the uploads the saved case refers to as attached to it, so they leave their uploader's
     * quota and are never removed as orphans (replaced ones included).
     */
    ApplicationCase attached(ApplicationCase saved) {
        files.attach(
                saved.materials().stream()
                        .map(SubmittedMaterial::fileId)
                        .filter(Objects::nonNull)
                        .toList(),
                saved.id());
        return saved;
    }

    /** Checks an e-license of {@code applicant} with the caller's token. */
    Function<SubmittedMaterial, LicenseCheck> checker(Applicant applicant, String bearerToken) {
        return material -> licenses.check(material.licenseIdentifier(), applicant.code(), bearerToken);
    }
}
