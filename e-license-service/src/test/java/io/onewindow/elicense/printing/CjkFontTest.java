package io.onewindow.elicense.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.config.LicenseSettings;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    private final CjkFont fonts =
            new CjkFont(new LicenseSettings("", 30, "440113", "", "", true, null, null, null, null, null));

    @Test
    void theBundledFontIsThereAndHasChineseGlyphs() throws Exception {
        assertThat(fonts.available()).isTrue();
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = fonts.loadInto(pdf);
            assertThat(CjkFont.printable(font, "受理通知书，番禺区")).isEqualTo("受理通知书，番禺区");
        }
    }

    @Test
    void wrapsToTheWidthWithoutStartingALineWithClosingPunctuation() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = fonts.loadInto(pdf);
            float oneChar = font.getStringWidth("字") / 1000 * 10;
            List<String> lines = CjkFont.wrap(font, 10, "一二三，四五六《七》", oneChar * 3.5f);

            assertThat(String.join("", lines)).isEqualTo("一二三，四五六《七》");
            assertThat(lines)
                    .allSatisfy(line -> assertThat(line).doesNotStartWith("，").doesNotEndWith("《"));
            assertThat(lines.get(0)).isEqualTo("一二三，");
        }
    }
}
