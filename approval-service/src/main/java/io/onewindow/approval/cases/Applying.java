package io.onewindow.approval.cases;

import io.onewindow.approval.catalog.domain.Subject;
import java.util.List;
import java.util.Map;

/** What applicants and window officers send; identity itself always comes from the token. */
public final class Applying {

    private Applying() {}

    /**
     * An application.
     *
     * @param matterCode the matter
     * @param principal the person or enterprise an agent or window officer files for; {@code null}
     *     when applicants file for themselves
     * @param enterpriseName the enterprise's name, when an enterprise files for itself
     * @param formData the application form (license-face fields)
     * @param materials the materials given
     */
    public record Application(
            String matterCode,
            Principal principal,
            String enterpriseName,
            Map<String, String> formData,
            List<MaterialGiven> materials) {}

    /**
     * The applicant an agent or window officer files for.
     *
     * @param type person or enterprise
     * @param name the name
     * @param code resident ID number or credit code, already validated
     */
    public record Principal(Subject type, String name, String code) {}

    /**
     * A material: an uploaded file's id, or an e-license identifier.
     *
     * @param materialCode the catalog material
     * @param fileId the uploaded file, or {@code null}
     * @param licenseIdentifier the e-license, or {@code null}
     */
    public record MaterialGiven(String materialCode, String fileId, String licenseIdentifier) {}

    /**
     * The token facts a submission needs beyond {@code Caller}.
     *
     * @param displayName the {@code name} claim (given then family name), or the username
     * @param bearerToken the access token, forwarded to the e-license check
     */
    public record TokenFacts(String displayName, String bearerToken) {}
}
