package io.onewindow.elicense.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.printing.CjkFont;
import io.onewindow.elicense.verification.domain.QrLink;
import io.onewindow.platform.identity.LicenseIdentifier;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LicensePdfTest {

    private final License license = License.issue(
            "lic-1",
            new LicenseContent(
                    LicenseIdentifier.issue("11100000000013338W001", "11440113MB2C000057", "2026000001", 1)
                            .toString(),
                    "11100000000013338W001",
                    "营业执照",
                    "广州市番禺区市场监督管理局",
                    "11440113MB2C000057",
                    "market-regulation",
                    "Panyu Example Tech Co., Ltd.",
                    "91440113MA5D000166",
                    HolderCodeType.CREDIT_CODE,
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 2),
                    null,
                    "440113",
                    null,
                    null,
                    Map.of("住所", "广州市番禺区市桥街1号"),
                    "market-regulation-k1"),
            "sig",
            LicenseOrigin.DIGITISED,
            null,
            null,
            null,
            "officer1",
            Instant.parse("2026-03-02T02:00:00Z"));

    @Test
    void rendersTheFaceDataAndAQrCodeThatScansBackToThePayload() throws Exception {
        // What the QR code holds: the verification address carrying a payload of the real size.
        String payload = QrLink.of("https://api.onewindow.example/api/licenses/public/verify")
                .linkTo("OWL2|" + license.content().identifier() + "|market-regulation-k1|VALID|"
                        + "2026-03-02T10:00:00+08:00|-|" + "A".repeat(43) + "|" + "B".repeat(96));
        byte[] pdf = new LicensePdf(
                        new CjkFont(new LicenseSettings("", 30, "440113", "", "", true, null, null, null, null, null)))
                .render(license, payload);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/license-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(license.content().identifier()).contains("Panyu Example Tech Co., Ltd.");
            // Chinese prints on any machine: the bundled font, not a system font, has the glyphs.
            assertThat(text).contains("营业执照").contains("广州市番禺区市场监督管理局").contains("证照标识");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            javax.imageio.ImageIO.write(
                    page, "png", Path.of("target/license-sample.png").toFile());
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String scanned = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                            Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertThat(scanned).isEqualTo(payload);
        }
    }

    @Test
    void aPersonsChineseNamePrintsFamilyNameFirstInTheEmbeddedBundledFont() throws Exception {
        var c = license.content();
        License person = License.issue(
                "lic-2",
                new LicenseContent(
                        c.identifier(),
                        c.typeCode(),
                        c.typeName(),
                        c.issuerName(),
                        c.issuerCode(),
                        c.department(),
                        "志强 陈",
                        "440113199003071235",
                        HolderCodeType.RESIDENT_ID,
                        c.issuedOn(),
                        c.validFrom(),
                        c.validTo(),
                        c.regionCode(),
                        null,
                        null,
                        Map.of(),
                        c.keyId()),
                "sig",
                LicenseOrigin.DIGITISED,
                null,
                null,
                null,
                "officer1",
                Instant.parse("2026-03-02T02:00:00Z"));
        // No font configured: the one the build unpacks onto the class path, never a system font.
        byte[] pdf = new LicensePdf(
                        new CjkFont(new LicenseSettings("", 30, "440113", "", "", true, null, null, null, null, null)))
                .render(person, "https://api.onewindow.example/api/licenses/public/verify?p=T1dMMnx4");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("陈志强").doesNotContain("志强 陈").doesNotContain("?");
            List<PDFont> fonts = new ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).anySatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
        }
    }
}
