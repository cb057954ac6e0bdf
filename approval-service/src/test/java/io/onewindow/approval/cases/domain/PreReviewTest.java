package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pre-review of the materials at its boundaries. */
class PreReviewTest {

    private static final MatterDefinition FOOD = Matters.foodLicense("MR-SP-T");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void fiftyMaterialsAreTakenAndFiftyOneRefused() {
        SubmittedMaterial layout = SubmittedMaterial.file("layout", "aaaaaaaaaaaaaaaaaaaaaaaa", "layout.pdf");

        assertThatCode(() -> PreReview.checkMaterials(FOOD, Collections.nCopies(PreReview.MAX_MATERIALS, layout)))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> PreReview.checkMaterials(FOOD, Collections.nCopies(PreReview.MAX_MATERIALS + 1, layout)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("application.too-many-materials"));
    }

    @Test
    void anUncheckedLicenseLeavesTheCaseWaitingAndItCannotPass() {
        PreReview preReview = new PreReview(null, List.of());

        preReview.run(FOOD, complete(), m -> LicenseCheck.unchecked(AT));

        assertThat(preReview.status()).isEqualTo(PreReviewStatus.WAITING_FOR_LICENSE_CHECK);
        assertThatThrownBy(preReview::requirePassed)
                .isInstanceOf(ConflictException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).code()).isEqualTo("application.license-check-pending"));
    }

    @Test
    void aMissingRequiredMaterialIsADefectAndAnOptionalOneIsNot() {
        PreReview preReview = new PreReview(null, List.of());

        preReview.run(FOOD, complete().subList(0, 2), this::valid);

        assertThat(preReview.status()).isEqualTo(PreReviewStatus.DEFECTS_FOUND);
        assertThat(preReview.defects()).containsExactly("safety-rules: missing");
        preReview.run(FOOD, complete(), this::valid);
        assertThat(preReview.status()).isEqualTo(PreReviewStatus.PASSED);
        assertThat(preReview.defects()).isEmpty();
    }

    @Test
    void aReplacementTakesThePlaceOfTheMaterialOfTheSameCode() {
        SubmittedMaterial newLayout = SubmittedMaterial.file("layout", "cccccccccccccccccccccccc", "layout-v2.pdf");

        List<SubmittedMaterial> merged = PreReview.replace(FOOD, complete(), List.of(newLayout));

        assertThat(merged).hasSize(3).contains(newLayout);
        assertThat(merged).extracting(SubmittedMaterial::fileName).doesNotContain("layout.pdf");
    }

    private LicenseCheck valid(SubmittedMaterial material) {
        return new LicenseCheck(LicenseStatus.VALID, true, Matters.BUSINESS_LICENSE_TYPE, AT);
    }

    private static List<SubmittedMaterial> complete() {
        return List.of(
                SubmittedMaterial.license(
                        "business-license", "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.2026000001.001.X"),
                SubmittedMaterial.file("layout", "aaaaaaaaaaaaaaaaaaaaaaaa", "layout.pdf"),
                SubmittedMaterial.file("safety-rules", "bbbbbbbbbbbbbbbbbbbbbbbb", "rules.pdf"));
    }
}
