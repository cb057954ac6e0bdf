package io.onewindow.elicense.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a license as an A4 PDF with its face data and the signed QR code (PDFBox + ZXing).
 * Maven Central has no CJK font we may ship, so Chinese text uses a TrueType font from the
 * machine ({@code onewindow.license.pdf-font}, or a common system font if present); without one,
 * labels are English and characters the built-in Helvetica cannot show are printed as {@code ?}
 * — the QR code still carries the identifier, and verification shows the full record.
 */
@Component
class LicensePdf {

    private static final Logger log = LoggerFactory.getLogger(LicensePdf.class);
    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final File cjkFont;

    LicensePdf(LicenseSettings settings) {
        this.cjkFont = findFont(settings.pdfFont());
        if (cjkFont == null) {
            log.info("No CJK font found: license PDFs use English labels and Helvetica");
        }
    }

    byte[] render(License license, String qrPayload) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont font = cjkFont != null ? loadCjk(pdf) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            boolean chinese = cjkFont != null;
            LicenseContent c = license.content();
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                float y = 780;
                String title = chinese && c.typeName() != null ? c.typeName() : "Electronic license " + c.typeCode();
                y = line(out, font, 20, 60, y, text(font, title));
                y -= 10;
                for (String[] row : rows(license, chinese)) {
                    y = line(out, font, 11, 60, y, text(font, row[0] + ": " + row[1]));
                }
                for (Map.Entry<String, String> face : c.faceData().entrySet()) {
                    y = line(out, font, 11, 60, y, text(font, face.getKey() + ": " + face.getValue()));
                }
                PDImageXObject qr = LosslessFactory.createFromImage(pdf, qrImage(qrPayload));
                out.drawImage(qr, 380, 60, 160, 160);
                line(out, font, 8, 60, 70, text(font, chinese ? "扫码核验 / Scan to verify" : "Scan to verify"));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the license PDF", e);
        }
    }

    private static List<String[]> rows(License license, boolean chinese) {
        LicenseContent c = license.content();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {chinese ? "证照标识" : "Identifier", c.identifier()});
        rows.add(new String[] {chinese ? "持证主体" : "Holder", c.holderName()});
        rows.add(new String[] {chinese ? "持证主体代码" : "Holder code", c.holderCode()});
        rows.add(new String[] {chinese ? "颁发机构" : "Issuer", c.issuerName() + " (" + c.issuerCode() + ")"});
        rows.add(new String[] {chinese ? "颁证日期" : "Issued on", c.issuedOn().toString()});
        rows.add(new String[] {
            chinese ? "有效期" : "Valid",
            c.validFrom() + " - " + (c.validTo() == null ? (chinese ? "长期" : "no expiry") : c.validTo())
        });
        rows.add(new String[] {chinese ? "状态" : "Status", license.status().name()});
        return rows;
    }

    private static float line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        return y - size * 1.8f;
    }

    /** Replaces what the font cannot encode, so a missing glyph never fails the download. */
    private static String text(PDFont font, String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                shown.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private PDFont loadCjk(PDDocument pdf) throws IOException {
        if (cjkFont.getName().toLowerCase().endsWith(".ttc")) {
            PDFont[] found = new PDFont[1];
            try (var collection = new org.apache.fontbox.ttf.TrueTypeCollection(cjkFont)) {
                collection.processAllFonts(ttf -> {
                    if (found[0] == null) {
                        found[0] = PDType0Font.load(pdf, ttf, true);
                    }
                });
            }
            return found[0];
        }
        return PDType0Font.load(pdf, cjkFont);
    }

    private static java.awt.image.BufferedImage qrImage(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            320,
                            320,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                    matrix.getWidth(), matrix.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("QR payload too long", e);
        }
    }

    private static File findFont(String configured) {
        if (configured != null && !configured.isBlank()) {
            File file = new File(configured);
            if (file.isFile()) {
                return file;
            }
            log.warn("Configured PDF font {} not found", configured);
        }
        return SYSTEM_FONTS.stream()
                .map(File::new)
                .filter(File::isFile)
                .findFirst()
                .orElse(null);
    }
}
