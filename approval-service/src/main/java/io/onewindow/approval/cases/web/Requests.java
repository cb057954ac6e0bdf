package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.CaseFiling;
import io.onewindow.approval.cases.CounterReception;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.web.CreditCode;
import io.onewindow.platform.web.LicenseId;
import io.onewindow.platform.web.ResidentId;
import io.onewindow.platform.web.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of the case API: records with Bean Validation, kept apart from the domain. */
final class Requests {

    /**
     * Form keys become MongoDB field names (no dots, no {@code $}) and license-face field names, which
     * the e-license types name in Chinese (经营者名称, 经营范围, …).
     */
    static final String FORM_KEY = "[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9_]{0,39}";

    private Requests() {}

    record Submit(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}")
            String matterCode,

            @Valid Principal principal,
            @SafeText(multiline = false) @Size(max = 200) String enterpriseName,

            @Size(max = 40)
            Map<@Pattern(regexp = FORM_KEY) String, @NotNull @SafeText @Size(max = 1000) String> formData,

            @NotNull @Size(max = 50) List<@Valid @NotNull Material> materials,
            @Valid Visit visit) {

        CaseFiling.Application toApplication() {
            return new CaseFiling.Application(
                    matterCode,
                    principal == null ? null : principal.toPrincipal(),
                    enterpriseName,
                    formData == null ? Map.of() : new LinkedHashMap<>(formData),
                    materials.stream().map(Material::toGiven).toList());
        }
    }

    /**
     * A linked ticket (一号联办) received as one linked filing (联办件).
     *
     * @param visit the linked ticket and the window receiving it
     * @param principal the applicant (the visitor, or the enterprise the visitor represents)
     * @param sharedMaterials materials given once, for every part whose catalog entry lists them
     * @param parts one per matter the visitor checked in for
     */
    record LinkedSubmit(
            @NotNull @Valid Visit visit,
            @NotNull @Valid Principal principal,
            @Size(max = 50) List<@Valid @NotNull Material> sharedMaterials,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull LinkedPart> parts) {

        List<CaseFiling.MaterialGiven> shared() {
            return sharedMaterials == null
                    ? List.of()
                    : sharedMaterials.stream().map(Material::toGiven).toList();
        }

        List<CounterReception.LinkedPart> toParts() {
            return parts.stream().map(LinkedPart::toPart).toList();
        }
    }

    /** One department's part of a linked filing: its matter, form and its own materials. */
    record LinkedPart(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}")
            String matterCode,

            @Size(max = 40)
            Map<@Pattern(regexp = FORM_KEY) String, @NotNull @SafeText @Size(max = 1000) String> formData,

            @Size(max = 50) List<@Valid @NotNull Material> materials) {

        CounterReception.LinkedPart toPart() {
            return new CounterReception.LinkedPart(
                    matterCode,
                    formData == null ? Map.of() : new LinkedHashMap<>(formData),
                    materials == null
                            ? List.of()
                            : materials.stream().map(Material::toGiven).toList());
        }
    }

    /**
     * The hall visit a window officer turns into the case.
     *
     * @param ticketId the visitor's checked-in queue ticket
     * @param window the number of the window receiving it, one the officer is posted at
     */
    record Visit(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}")
            String ticketId,

            @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,10}")
            String window) {}

    /** How a case is closed: at a delivery window to a checked collector, or (without it) as before. */
    record Completion(@Valid Collection collection) {}

    /**
     * A result collected at a delivery window.
     *
     * @param servicePointId the point
     * @param window the delivery window's number, one the officer is posted at
     * @param collectorIdNumber the collector's resident ID number, read from the ID card
     */
    record Collection(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,

            @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,10}")
            String window,

            @NotNull @ResidentId String collectorIdNumber) {}

    /** Whom an agent or window officer files for: exactly one of ID number and credit code. */
    record Principal(
            @NotBlank @SafeText(multiline = false) @Size(max = 200)
            String name,

            @ResidentId String idNumber,
            @CreditCode String creditCode) {

        @AssertTrue(message = "give exactly one of idNumber and creditCode")
        boolean isOneCode() {
            return (idNumber == null) != (creditCode == null);
        }

        CaseFiling.Principal toPrincipal() {
            return idNumber != null
                    ? new CaseFiling.Principal(
                            Subject.PERSON, name, ResidentIdNumber.of(idNumber).value())
                    : new CaseFiling.Principal(
                            Subject.ENTERPRISE,
                            name,
                            UnifiedSocialCreditCode.of(creditCode).value());
        }
    }

    record Material(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
            String materialCode,

            @Pattern(regexp = "[0-9a-f]{24}") String fileId,
            @LicenseId String licenseIdentifier) {

        CaseFiling.MaterialGiven toGiven() {
            return new CaseFiling.MaterialGiven(materialCode, fileId, licenseIdentifier);
        }
    }

    record Resubmit(@NotEmpty @Size(max = 50) List<@Valid @NotNull Material> materials) {}

    record Correction(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
            @SafeText @Size(max = 1000) String justification) {

        record Item(
                @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
                String materialCode,

                @NotBlank @SafeText @Size(max = 500) String problem) {}

        Map<String, String> problemsByMaterial() {
            Map<String, String> problems = new LinkedHashMap<>();
            items.forEach(item -> problems.merge(item.materialCode(), item.problem(), (a, b) -> a + "; " + b));
            return problems;
        }
    }

    record Refusal(
            @NotBlank @SafeText @Size(max = 1000) String reason,
            @NotBlank @SafeText @Size(max = 500) String legalBasis) {}

    record Denial(
            @NotBlank @SafeText @Size(max = 1000) String reason,
            @SafeText @Size(max = 500) String legalBasis) {}

    record Step(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
            String stepCode,

            @SafeText @Size(max = 1000) String opinion) {}

    record Suspension(
            @NotNull SuspensionProcedure procedure,
            @NotBlank @SafeText @Size(max = 1000) String reason,
            @Min(1) @Max(250) int expectedWorkingDays) {}

    record Extension(
            @Min(1) @Max(10) int workingDays,
            @NotBlank @SafeText @Size(max = 1000) String reason) {}

    record Decision(
            @Size(max = 40)
            Map<@Pattern(regexp = FORM_KEY) String, @NotNull @SafeText @Size(max = 1000) String> faceData) {}

    record Withdrawal(@SafeText @Size(max = 1000) String reason) {}
}
