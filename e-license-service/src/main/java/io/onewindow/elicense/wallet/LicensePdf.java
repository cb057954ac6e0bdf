package io.onewindow.elicense.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.printing.CjkFont;
import java.io.ByteArrayOutputStream;
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
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * Renders a license as an A4 PDF with its face data and the signed QR code (PDFBox + ZXing), in
 * Chinese with the service's CJK font ({@link CjkFont}: the bundled Noto Sans SC unless
 * {@code onewindow.license.pdf-font} names another). Only without any CJK font (a broken build) are
 * the labels English and characters Helvetica cannot show printed as {@code ?} — the QR code still
 * carries the identifier, and verification shows the full record.
 */
@Component
class LicensePdf {

    /** Points: 7 cm, so a phone reads the ~85 modules of the address from a desk's distance. */
    private static final float QR_SIZE = 200;

    private final CjkFont fonts;

    LicensePdf(CjkFont fonts) {
        this.fonts = fonts;
    }

    byte[] render(License license, String qrContent) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont font = fonts.loadInto(pdf);
            boolean chinese = fonts.available();
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
                PDImageXObject qr = LosslessFactory.createFromImage(pdf, qrImage(qrContent));
                out.drawImage(qr, 355, 40, QR_SIZE, QR_SIZE);
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
        rows.add(new String[] {chinese ? "持证主体" : "Holder", c.printedHolderName()});
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
        return CjkFont.printable(font, value);
    }

    /**
     * The QR code as an image of whole pixels per module (8), so that scaling it onto the page never
     * blurs module edges: the verification address with its payload is about 470 characters (QR
     * version ~17 at level M).
     */
    private static java.awt.image.BufferedImage qrImage(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 8;
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("QR content too long", e);
        }
    }
}
