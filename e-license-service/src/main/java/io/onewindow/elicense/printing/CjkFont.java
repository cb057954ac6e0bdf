package io.onewindow.elicense.printing;

import io.onewindow.elicense.config.LicenseSettings;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The font of every PDF the service prints (licenses and notices), with CJK glyphs on any machine:
 * the file {@code onewindow.license.pdf-font} names (a TrueType font or collection), else Noto Sans
 * SC Regular (SIL Open Font License 1.1), which the build unpacks from Maven Central
 * ({@code com.helger.font:ph-fonts-noto-sans-sc}) into the service's classes. Each document embeds
 * the subset of glyphs it uses. Only if neither is there (a broken build) does it fall back to
 * Helvetica, where Chinese prints as {@code ?}.
 */
@Component
public class CjkFont {

    /** Where the build puts the bundled font. */
    public static final String BUNDLED = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);
    private static final String CLOSING = "，。、；：？！）》」』”’】,.;:?!)";
    private static final String OPENING = "（《「『“‘【(";

    private final File configured;
    private final byte[] bundled;

    public CjkFont(LicenseSettings settings) {
        this.configured = configuredFile(settings.pdfFont());
        this.bundled = configured == null ? readBundled() : null;
        if (configured == null && bundled == null) {
            log.warn(
                    "No CJK font: {} is missing from the classpath and onewindow.license.pdf-font is not set;"
                            + " PDFs print Chinese as '?'",
                    BUNDLED);
        }
    }

    /** Whether Chinese can be printed. */
    public boolean available() {
        return configured != null || bundled != null;
    }

    /** The font, loaded into {@code pdf} (subset-embedded), or Helvetica when there is no CJK font. */
    public PDFont loadInto(PDDocument pdf) throws IOException {
        if (configured != null) {
            if (configured.getName().toLowerCase().endsWith(".ttc")) {
                PDFont[] found = new PDFont[1];
                try (TrueTypeCollection collection = new TrueTypeCollection(configured)) {
                    collection.processAllFonts(ttf -> {
                        if (found[0] == null) {
                            found[0] = PDType0Font.load(pdf, ttf, true);
                        }
                    });
                }
                return found[0];
            }
            return PDType0Font.load(pdf, configured);
        }
        if (bundled != null) {
            return PDType0Font.load(pdf, new ByteArrayInputStream(bundled), true);
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** {@code value} with every character the font cannot show replaced by {@code ?}, so printing never fails. */
    public static String printable(PDFont font, String value) {
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

    /**
     * {@code text} (already {@link #printable}) broken into lines no wider than {@code width} points at
     * {@code size}: Chinese breaks between any two characters, so a line is filled character by character.
     */
    public static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = font.getStringWidth(ch) / 1000 * size;
            // Closing punctuation never starts a line (it hangs into the margin); opening punctuation
            // never ends one (it moves down with the character it opens).
            if (used + w > width && line.length() > 0 && CLOSING.indexOf(cp) < 0) {
                String carried = "";
                int last = line.codePointBefore(line.length());
                if (OPENING.indexOf(last) >= 0 && line.length() > Character.charCount(last)) {
                    carried = new String(Character.toChars(last));
                    line.setLength(line.length() - carried.length());
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(carried);
                used = carried.isEmpty() ? 0 : font.getStringWidth(carried) / 1000 * size;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static File configuredFile(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        File file = new File(path);
        if (file.isFile()) {
            return file;
        }
        log.warn("Configured PDF font {} not found: using the bundled font", path);
        return null;
    }

    private static byte[] readBundled() {
        try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font " + BUNDLED, e);
        }
    }
}
