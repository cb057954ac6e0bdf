package io.onewindow.elicense.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeCanonicalForm;
import io.onewindow.elicense.notice.domain.NoticeContent;
import io.onewindow.elicense.notice.domain.NoticeSamples;
import io.onewindow.elicense.printing.CjkFont;
import io.onewindow.platform.test.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class NoticePdfTest {

    @Test
    void printsTheNoticeInChineseWithItsSealBlockAndVerificationAddress() throws Exception {
        NoticeContent content = NoticeSamples.content(NoticeSamples.denial(), "market-regulation-k1");
        Notice notice = new Notice(
                content,
                NoticeCanonicalForm.hashHex(content),
                Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}),
                Notice.Readers.NONE,
                "event-1",
                null,
                null);
        NoticePdf renderer = new NoticePdf(
                new CjkFont(new LicenseSettings("", 30, "440113", "", "", true, null, null, null, null, null)),
                new MutableClock(NoticeSamples.AT));

        byte[] pdf = renderer.render(notice, "https://example.test/api/licenses/public/notices");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/notice-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text =
                    new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
            assertThat(text)
                    .contains("不予行政许可决定书")
                    .contains("办件编号：PY-20260302-000001")
                    .contains("食品经营许可")
                    .contains("行政复议")
                    .contains("2026年3月2日")
                    .contains("market-regulation-k1")
                    .contains(notice.contentHash())
                    .contains("https://example.test/api/licenses/public/notices/" + notice.id() + "/verification")
                    .doesNotContain("?");
            javax.imageio.ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 100),
                    "png",
                    Path.of("target/notice-sample.png").toFile());
        }
    }
}
