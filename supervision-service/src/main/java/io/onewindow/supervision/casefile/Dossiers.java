package io.onewindow.supervision.casefile;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.casefile.domain.AuditCheck;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import io.onewindow.supervision.casefile.domain.Jcs;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.onewindow.supervision.sampling.SampleReviews;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case dossier (案卷) for inspectors and the discipline commission: the case file (timeline,
 * clock, card, deadlines), the audit-chain check ({@link AuditCheck}), the alerts about the case
 * with their history, the complaints about it, its sampling review, its major-project flag, when
 * and by whom it was generated. Handed out signed — as JSON with a detached JWS over its RFC 8785
 * form, or as a PDF with a detached CMS signature — and every dossier handed out is recorded first
 * ({@code DossierIssued}: who took which case's dossier, when, the digest of what was taken).
 */
@UseCase
public class Dossiers {

    private final CaseFiles files;
    private final AlertBook alerts;
    private final SampleReviews reviews;
    private final MajorProjects majorProjects;
    private final DossierIssueStore issues;
    private final DossierSigningKey key;
    private final DossierPdf pdf;
    private final JsonMapper json;
    private final Clock clock;

    Dossiers(
            CaseFiles files,
            AlertBook alerts,
            SampleReviews reviews,
            MajorProjects majorProjects,
            DossierIssueStore issues,
            DossierSigningKey key,
            DossierPdf pdf,
            JsonMapper json,
            Clock clock) {
        this.files = files;
        this.alerts = alerts;
        this.reviews = reviews;
        this.majorProjects = majorProjects;
        this.issues = issues;
        this.key = key;
        this.pdf = pdf;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a dossier holds, before it is put in a form.
     *
     * @param file the case file
     * @param alerts the alerts about the case, oldest first, each with its history
     * @param review the case's sampling review, if it was drawn
     * @param majorProject the case's major-project flag with its history, if it was ever flagged
     * @param audit what the audit-chain check found
     * @param generatedAt when
     * @param generatedBy who asked (a username, or the client id of a partner client)
     */
    public record Dossier(
            CaseFiles.CaseFile file,
            List<Alert> alerts,
            Optional<SampleReviews.Review> review,
            Optional<MajorProject> majorProject,
            AuditCheck audit,
            Instant generatedAt,
            String generatedBy) {}

    /**
     * The detached signature of a JSON dossier.
     *
     * @param jws the detached JWS ({@code header..signature}, ES256, certificate in {@code x5c})
     *     over the RFC 8785 canonical form of the {@code dossier} member
     * @param keyId the signing key's id
     * @param canonicalization how the signed bytes are made from the {@code dossier} member
     * @param sha256 lower-case hex SHA-256 of the signed bytes
     * @param certificate the signing certificate, base64 of its DER form
     */
    public record JsonSignature(String jws, String keyId, String canonicalization, String sha256, String certificate) {}

    /** A JSON dossier with its signature. */
    public record SignedJson(Map<String, Object> dossier, JsonSignature signature) {}

    /**
     * The dossier of a case.
     *
     * @throws io.onewindow.platform.domain.NotFoundException when supervision knows no such case
     */
    public Dossier assemble(Caller caller, String caseId) {
        CaseFiles.CaseFile file = files.of(caseId);
        return new Dossier(
                file,
                alerts.aboutCase(caseId),
                reviews.ofCase(caseId),
                majorProjects.of(caseId),
                AuditCheck.of(file.timeline().entries()),
                clock.instant(),
                nameOf(caller));
    }

    /**
     * The dossier's content ({@code view}, as the web adapter shapes it) signed as JSON, recorded
     * as handed out to {@code caller}.
     */
    public SignedJson json(Caller caller, DossierIssue.Channel channel, Dossier dossier, Object view) {
        Map<String, Object> content = contentOf(view);
        byte[] canonical = Jcs.of(content);
        String sha256 = sha256(canonical);
        issue(caller, channel, dossier, DossierIssue.Format.JSON, sha256);
        return new SignedJson(
                content,
                new JsonSignature(
                        key.detachedJws(canonical), key.keyId(), "RFC 8785 (JCS)", sha256, key.certificateBase64()));
    }

    /** The dossier's content ({@code view}) as a signed PDF, recorded as handed out to {@code caller}. */
    public byte[] pdf(Caller caller, DossierIssue.Channel channel, Dossier dossier, Object view) {
        byte[] signed = pdf.signed(
                "OneWindow 电子监察 案卷 / case dossier " + dossier.file().timeline().id(),
                contentOf(view),
                dossier.generatedAt());
        issue(caller, channel, dossier, DossierIssue.Format.PDF, sha256(signed));
        return signed;
    }

    /** The dossiers of a case handed out so far, oldest first. */
    public List<DossierIssue> issuesOf(String caseId) {
        return issues.ofCase(caseId);
    }

    private void issue(
            Caller caller, DossierIssue.Channel channel, Dossier dossier, DossierIssue.Format format, String sha256) {
        issues.add(DossierIssue.record(
                "dossier-" + UUID.randomUUID(),
                dossier.file().timeline().id(),
                nameOf(caller),
                channel,
                format,
                sha256,
                key.keyId(),
                clock.instant()));
    }

    private Map<String, Object> contentOf(Object view) {
        return json.convertValue(view, new TypeReference<Map<String, Object>>() {});
    }

    private static String nameOf(Caller caller) {
        return caller.username() != null && !caller.username().isBlank() ? caller.username() : caller.clientId();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
