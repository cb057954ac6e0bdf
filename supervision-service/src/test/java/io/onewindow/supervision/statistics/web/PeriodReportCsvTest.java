package io.onewindow.supervision.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.statistics.domain.PeriodReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodReportCsvTest {

    @Test
    void theCsvHasABomOneHeaderAndParsesBackWithQuotedChineseNames() {
        PeriodReport report = new PeriodReport(
                "2026-03-01",
                "2026-03-31",
                Instant.parse("2026-04-01T00:00:00Z"),
                0.8,
                List.of(department("market-regulation", "市场监督管理局,番禺分局", 0.0001)),
                List.of(),
                List.of(department("tax", "税务局\"一站式\"", 0.85)),
                new io.onewindow.supervision.statistics.domain.Figures.Names(Map.of(), Map.of()));

        byte[] bytes = PeriodReportCsv.of(report);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(text).startsWith(PeriodReportCsv.BOM + "section,department,departmentName,");
        assertThat(text).contains("\r\n").doesNotContain("E-4");
        List<List<String>> rows = CsvReader.parse(text.substring(1));
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        int name = rows.get(0).indexOf("departmentName");
        int share = rows.get(0).indexOf("onTheSpotShare");
        int meets = rows.get(0).indexOf("meetsOnTheSpotTarget");
        assertThat(rows.get(1).get(name)).isEqualTo("市场监督管理局,番禺分局");
        assertThat(rows.get(1).get(share)).isEqualTo("0.0001");
        assertThat(rows.get(1).get(meets)).isEqualTo("false");
        assertThat(rows.get(2).get(name)).isEqualTo("税务局\"一站式\"");
        assertThat(rows.get(2).get(meets)).isEqualTo("true");
        assertThat(rows.get(2).get(rows.get(0).indexOf("servicePointId"))).isEmpty();
    }

    @Test
    void aNameThatLooksLikeAFormulaIsNotRunBySpreadsheets() {
        PeriodReport report = new PeriodReport(
                "2026-03-01",
                "2026-03-31",
                Instant.parse("2026-04-01T00:00:00Z"),
                0.8,
                List.of(department("x", "=HYPERLINK(\"http://evil\")", null)),
                List.of(),
                List.of(),
                new io.onewindow.supervision.statistics.domain.Figures.Names(Map.of(), Map.of()));

        List<List<String>> rows =
                CsvReader.parse(new String(PeriodReportCsv.of(report), StandardCharsets.UTF_8).substring(1));

        assertThat(rows.get(1).get(rows.get(0).indexOf("departmentName"))).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(1).get(rows.get(0).indexOf("meetsOnTheSpotTarget"))).isEmpty();
    }

    private static PeriodReport.Row department(String code, String name, Double share) {
        return new PeriodReport.Row(
                PeriodReport.Section.DEPARTMENT,
                code,
                name,
                null,
                null,
                null,
                "2026-03",
                10L,
                null,
                10L,
                share == null ? 0L : 8L,
                share,
                share == null ? null : share >= 0.8,
                null,
                0.1,
                0.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                2L,
                1L,
                1L,
                1.0,
                3L,
                4.5,
                1.0);
    }
}
