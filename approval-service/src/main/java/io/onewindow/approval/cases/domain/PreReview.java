package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Pre-review (预审) of a case's materials against its catalog version: which materials may be given
 * at all, whether every e-license given in place of paper holds up, and what is missing. A license
 * the e-license service could not check leaves the case waiting: it neither fails nor passes.
 */
public final class PreReview {

    /** Most e-license-backed or file materials one application may carry. */
    public static final int MAX_MATERIALS = 50;

    private PreReviewStatus status;
    private List<String> defects;

    PreReview(PreReviewStatus status, List<String> defects) {
        this.status = status;
        this.defects = defects == null ? List.of() : List.copyOf(defects);
    }

    /**
     * Refuses more than {@link #MAX_MATERIALS} materials, materials the catalog does not list, and
     * e-licenses offered for a material they cannot replace.
     */
    static void checkMaterials(MatterDefinition matter, List<SubmittedMaterial> materials) {
        if (materials.size() > MAX_MATERIALS) {
            throw new InvalidValueException("application.too-many-materials", "materials", "at most " + MAX_MATERIALS);
        }
        for (SubmittedMaterial given : materials) {
            MaterialRequirement requirement = matter.material(given.materialCode())
                    .orElseThrow(() -> new InvalidValueException(
                            "application.unknown-material",
                            "materials.materialCode",
                            "the catalog lists no material " + given.materialCode() + " for " + matter.code()));
            if (given.isLicense() && requirement.replacedByLicenseType() == null) {
                throw new InvalidValueException(
                        "application.material-not-replaceable",
                        "materials.licenseIdentifier",
                        "material " + given.materialCode() + " cannot be replaced by an e-license");
            }
        }
    }

    /**
     * The materials after a correction: {@code replacements} take the place of given materials of the
     * same codes; both the replacements and the result must pass {@link #checkMaterials}.
     */
    static List<SubmittedMaterial> replace(
            MatterDefinition matter, List<SubmittedMaterial> given, List<SubmittedMaterial> replacements) {
        checkMaterials(matter, replacements);
        Set<String> replaced = new HashSet<>();
        replacements.forEach(m -> replaced.add(m.materialCode()));
        List<SubmittedMaterial> merged = new ArrayList<>();
        given.stream().filter(m -> !replaced.contains(m.materialCode())).forEach(merged::add);
        merged.addAll(replacements);
        checkMaterials(matter, merged);
        return List.copyOf(merged);
    }

    /**
     * The materials with their e-licenses checked.
     *
     * @param materials every material, licenses carrying their check
     * @param licenseChecks how many e-licenses were checked
     */
    record Checked(List<SubmittedMaterial> materials, int licenseChecks) {}

    /** Checks every e-license with {@code checker} and looks for what is missing; sets status and defects. */
    Checked run(
            MatterDefinition matter, List<SubmittedMaterial> given, Function<SubmittedMaterial, LicenseCheck> checker) {
        List<SubmittedMaterial> materials = new ArrayList<>();
        for (SubmittedMaterial material : given) {
            materials.add(material.isLicense() ? material.checked(checker.apply(material)) : material);
        }
        List<String> found = new ArrayList<>();
        boolean waiting = false;
        int licenseChecks = 0;
        for (SubmittedMaterial material : materials) {
            if (!material.isLicense()) {
                continue;
            }
            licenseChecks++;
            if (material.check().isUnchecked()) {
                waiting = true;
            } else if (!material.check()
                    .holdsUpFor(matter.material(material.materialCode())
                            .map(MaterialRequirement::replacedByLicenseType)
                            .orElse(null))) {
                found.add(material.materialCode() + ": e-license "
                        + material.check().status()
                        + (material.check().belongsToHolder() ? "" : ", not the applicant's"));
            }
        }
        Set<String> codes = new HashSet<>();
        materials.forEach(m -> codes.add(m.materialCode()));
        for (MaterialRequirement requirement : matter.materials()) {
            if (requirement.required() && !codes.contains(requirement.code())) {
                found.add(requirement.code() + ": missing");
            }
        }
        defects = List.copyOf(found);
        if (waiting) {
            status = PreReviewStatus.WAITING_FOR_LICENSE_CHECK;
        } else if (!found.isEmpty()) {
            status = PreReviewStatus.DEFECTS_FOUND;
        } else {
            status = PreReviewStatus.PASSED;
        }
        return new Checked(List.copyOf(materials), licenseChecks);
    }

    /** New materials arrived: the previous outcome no longer stands. */
    void reopen() {
        status = null;
    }

    /** Refuses unless pre-review passed. */
    void requirePassed() {
        if (status == PreReviewStatus.WAITING_FOR_LICENSE_CHECK) {
            throw new ConflictException(
                    "application.license-check-pending",
                    "an e-license could not be checked yet; the case waits in pre-review");
        }
        if (status != PreReviewStatus.PASSED) {
            throw new ConflictException(
                    "application.defects-open", "pre-review found defects " + defects + ": request a correction");
        }
    }

    public PreReviewStatus status() {
        return status;
    }

    public List<String> defects() {
        return defects;
    }
}
