package io.onewindow.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.casefile.domain.Jcs;
import io.onewindow.supervision.config.SupervisionSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DossierSignaturesTest {

    private static final Instant NOW = Instant.parse("2026-03-17T02:00:00Z");

    private final DossierSigningKey key = new DossierSigningKey(defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final DossierPdf pdf = new DossierPdf(key);

    private static SupervisionSettings defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("onewindow.supervision", SupervisionSettings.class);
    }

    private static Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("caseId", "c1");
        content.put("department", "market-regulation");
        content.put("summary", "窗口暗示申请人找中介 \"quoted\"\n");
        content.put("alerts", List.of(Map.of("ruleNumber", 22, "status", "OPEN")));
        content.put("majorProject", null);
        return content;
    }

    // ---- JSON: detached JWS over the RFC 8785 form ----

    private boolean jwsVerifies(String jws, byte[] payload) throws Exception {
        String[] parts = jws.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).isEmpty(); // detached
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"ES256\"").contains("\"kid\":\"supervision-dossier\"");
        String x5c = header.substring(header.indexOf("\"x5c\":[\"") + 8, header.indexOf("\"]"));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(x5c)));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(certificate.getPublicKey());
        es256.update((parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload))
                .getBytes(StandardCharsets.US_ASCII));
        return es256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void theJsonSignatureVerifiesOverTheCanonicalForm() throws Exception {
        byte[] canonical = Jcs.of(content());
        assertThat(jwsVerifies(key.detachedJws(canonical), canonical)).isTrue();
    }

    @Test
    void theJsonSignatureFailsAfterTampering() throws Exception {
        String jws = key.detachedJws(Jcs.of(content()));
        Map<String, Object> tampered = new LinkedHashMap<>(content());
        tampered.put("department", "tax");
        assertThat(jwsVerifies(jws, Jcs.of(tampered))).isFalse();
    }

    // ---- PDF: detached CMS/PKCS#7 ----

    private static boolean pdfVerifies(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                return false;
            }
            PDSignature signature = signatures.get(0);
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(bytes)), signature.getContents(bytes));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder certificate = (X509CertificateHolder)
                    cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void thePdfSignatureVerifiesWithPdfBoxAndBouncyCastle() {
        byte[] signed = pdf.signed("案卷 c1", content(), NOW);
        assertThat(pdfVerifies(signed)).isTrue();
    }

    @Test
    void thePdfSignatureFailsAfterTampering() {
        byte[] signed = pdf.signed("案卷 c1", content(), NOW);
        byte[] tampered = signed.clone();
        // a byte of the first page's content, inside the signed range
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(pdfVerifies(tampered)).isFalse();
    }

    @Test
    void thePdfPrintsChineseWithTheBundledFont() throws Exception {
        byte[] signed = pdf.signed("案卷 c1", content(), NOW);
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("案卷 c1")
                    .contains("窗口暗示申请人找中介")
                    .contains("market-regulation");
        }
    }
}
