package io.onewindow.supervision.casefile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The dossier as a PDF: the same content as the JSON form, written field by field (nested parts
 * indented), in Noto Sans SC (the font e-license-service prints with, unpacked by the build), then
 * signed with a detached CMS/PKCS#7 signature ({@code adbe.pkcs7.detached}) by the dossier key.
 * Without the font on the classpath (a broken build) it writes Helvetica, where Chinese prints as
 * {@code ?}.
 */
@Component
class DossierPdf {

    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final Logger log = LoggerFactory.getLogger(DossierPdf.class);
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float MARGIN = 48;

    private final DossierSigningKey key;
    private final byte[] font;

    DossierPdf(DossierSigningKey key) {
        this.key = key;
        this.font = readFont();
    }

    /** The signed PDF of {@code content} (the dossier as its JSON form holds it). */
    byte[] signed(String title, Map<String, Object> content, Instant at) {
        try {
            byte[] unsigned = render(title, content);
            try (PDDocument pdf = Loader.loadPDF(unsigned)) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                signature.setName(key.certificate().getSubjectX500Principal().getName());
                signature.setReason("OneWindow supervision case dossier " + key.keyId());
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                when.setTimeInMillis(at.toEpochMilli());
                signature.setSignDate(when);
                pdf.addSignature(signature, signedContent -> key.cms(signedContent.readAllBytes()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(String title, Map<String, Object> content) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont face = font == null
                    ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(pdf, new ByteArrayInputStream(font), true);
            List<String> lines = new ArrayList<>();
            lines.add(title);
            lines.add("");
            lines(content, 0, lines);
            Writer writer = new Writer(pdf, face);
            for (String line : lines) {
                writer.line(line);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void lines(Object value, int depth, List<String> out) {
        String indent = "  ".repeat(depth);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> field : map.entrySet()) {
                Object v = field.getValue();
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    out.add(indent + field.getKey() + ":");
                    lines(v, depth + 1, out);
                } else {
                    out.add(indent + field.getKey() + ": " + (v == null ? "—" : v));
                }
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.add(indent + "(none)");
            }
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.add(indent + "- " + (i + 1));
                    lines(item, depth + 1, out);
                } else {
                    out.add(indent + "- " + item);
                }
            }
        } else {
            out.add(indent + value);
        }
    }

    /** Writes lines top to bottom, wrapping at the margin and starting new pages as needed. */
    private static final class Writer {

        private final PDDocument pdf;
        private final PDFont face;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDFont face) {
            this.pdf = pdf;
            this.face = face;
        }

        void line(String text) throws IOException {
            String printable = printable(text);
            do {
                int fits = fitting(printable);
                write(printable.substring(0, fits));
                printable = printable.substring(fits);
            } while (!printable.isEmpty());
        }

        private int fitting(String text) throws IOException {
            int end = text.length();
            while (end > 1 && face.getStringWidth(text.substring(0, end)) / 1000 * SIZE > width) {
                end--;
            }
            return Math.max(end, Math.min(1, text.length()));
        }

        private void write(String text) throws IOException {
            if (stream == null || y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(face, SIZE);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
            y -= LEADING;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        // A character the font has no glyph for is printed as '?', so one odd character never fails the dossier.
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    face.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    private static byte[] readFont() {
        try (InputStream in = DossierPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                log.warn("No CJK font: {} is missing from the classpath; dossier PDFs print Chinese as '?'", FONT);
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
