package io.onewindow.elicense.notice;

import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeContent;
import io.onewindow.elicense.notice.domain.NoticeWording;
import io.onewindow.elicense.printing.CjkFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

/**
 * Renders a notice as an A4 PDF in Chinese: title, case number, matter, the text, the department and
 * date, the seal block (key id, SHA-256 of the content, fingerprint of the SM2 signature) and the public
 * verification address. Long text flows onto further pages.
 */
@Component
class NoticePdf {

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 12;

    private final CjkFont fonts;
    private final ZoneId zone;

    NoticePdf(CjkFont fonts, Clock clock) {
        this.fonts = fonts;
        this.zone = clock.getZone();
    }

    byte[] render(Notice notice, String verificationUrl) {
        NoticeContent c = notice.content();
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = fonts.loadInto(pdf);
            Writer out = new Writer(pdf, font);
            try {
                out.centered(CjkFont.printable(font, c.title()), 20);
                out.gap(8);
                if (c.caseNumber() != null) {
                    out.paragraph("办件编号：" + c.caseNumber(), 10);
                }
                out.paragraph(
                        "事项：" + (c.matterName() != null ? c.matterName() + "（" + c.matterCode() + "）" : c.matterCode()),
                        10);
                out.gap(10);
                for (String paragraph : c.paragraphs()) {
                    out.paragraph(paragraph, BODY);
                    out.gap(4);
                }
                out.gap(24);
                LocalDate day = LocalDate.ofInstant(c.issuedAt(), zone);
                out.right(c.departmentShown(), BODY);
                out.right(NoticeWording.date(day), BODY);
                out.gap(18);
                out.paragraph("电子印章（SM2/SM3）　密钥标识：" + c.keyId(), 8);
                out.paragraph("内容摘要（SHA-256）：" + notice.contentHash(), 8);
                out.paragraph("签名指纹：" + fingerprint(notice.signature()), 8);
                out.paragraph("核验地址：" + verificationUrl + "/" + notice.id() + "/verification", 8);
                out.paragraph("文书编号：" + notice.id(), 8);
            } finally {
                out.close();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the notice PDF", e);
        }
    }

    /** The first 16 bytes of the SHA-256 of the DER signature, in groups of four hex digits. */
    static String fingerprint(String signatureBase64) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getDecoder().decode(signatureBase64));
            String hex = HexFormat.of().formatHex(digest, 0, 16).toUpperCase();
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < hex.length(); i += 4) {
                groups.add(hex.substring(i, i + 4));
            }
            return String.join(" ", groups);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IllegalArgumentException e) {
            return "-";
        }
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument pdf;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void paragraph(String text, float size) throws IOException {
            for (String line : CjkFont.wrap(font, size, CjkFont.printable(font, text), WIDTH)) {
                line(line, MARGIN, size);
            }
        }

        void centered(String text, float size) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            line(text, MARGIN + Math.max(0, (WIDTH - width) / 2), size);
        }

        void right(String text, float size) throws IOException {
            String shown = CjkFont.printable(font, text);
            float width = font.getStringWidth(shown) / 1000 * size;
            line(shown, MARGIN + Math.max(0, WIDTH - width), size);
        }

        private void line(String text, float x, float size) throws IOException {
            float height = size * 1.7f;
            if (y - height < MARGIN) {
                newPage();
            }
            y -= height;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
