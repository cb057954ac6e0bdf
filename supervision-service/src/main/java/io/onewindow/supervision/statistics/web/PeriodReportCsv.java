package io.onewindow.supervision.statistics.web;

import io.onewindow.supervision.statistics.domain.PeriodReport;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The period report as one CSV table for Excel: UTF-8 with a byte order mark, RFC 4180 (CRLF, fields
 * with a comma, quote or line break quoted, quotes doubled), a header row of the {@link PeriodReport.Row}
 * columns in order, then the department, hall and tier rows, the section in the first column. Numbers
 * are plain decimals (never exponents); a text cell starting with {@code = + - @} gets a leading
 * apostrophe so a spreadsheet never runs it as a formula.
 */
final class PeriodReportCsv {

    static final String BOM = "\uFEFF";
    private static final RecordComponent[] COLUMNS = PeriodReport.Row.class.getRecordComponents();

    private PeriodReportCsv() {}

    static byte[] of(PeriodReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (RecordComponent column : COLUMNS) {
            header.add(column.getName());
        }
        line(csv, header);
        List<PeriodReport.Row> rows = new ArrayList<>(report.departments());
        rows.addAll(report.halls());
        rows.addAll(report.tiers());
        for (PeriodReport.Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (RecordComponent column : COLUMNS) {
                cells.add(cell(value(column, row)));
            }
            line(csv, cells);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object value(RecordComponent column, PeriodReport.Row row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read column " + column.getName(), e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
