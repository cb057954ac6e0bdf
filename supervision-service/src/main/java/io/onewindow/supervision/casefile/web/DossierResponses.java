package io.onewindow.supervision.casefile.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.casefile.Dossiers;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Hands a dossier out in the form asked for; shared by the inspectors' and the discipline commission's endpoints. */
final class DossierResponses {

    private DossierResponses() {}

    static Dossiers.SignedJson json(Dossiers dossiers, Caller caller, DossierIssue.Channel channel, String caseId) {
        Dossiers.Dossier dossier = dossiers.assemble(caller, caseId);
        return dossiers.json(caller, channel, dossier, DossierView.of(dossier));
    }

    static ResponseEntity<byte[]> pdf(Dossiers dossiers, Caller caller, DossierIssue.Channel channel, String caseId) {
        Dossiers.Dossier dossier = dossiers.assemble(caller, caseId);
        byte[] pdf = dossiers.pdf(caller, channel, dossier, DossierView.of(dossier));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("dossier-" + caseId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
