package io.onewindow.supervision.statistics.web;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.supervision.statistics.Statistics;
import io.onewindow.supervision.statistics.domain.PeriodReport;
import io.onewindow.supervision.statistics.domain.ReportPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The period report for third-party evaluators (第三方评估) and inspectors: the promised figures of a
 * period per department, hall, tier and month, as JSON or as a CSV file for Excel. No personal data.
 */
@RestController
@Tag(name = "Period report", description = "The promised figures of a period, for third-party evaluators")
class PeriodReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Statistics statistics;

    PeriodReportController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/supervision/reports/period")
    @PreAuthorize("hasAnyRole('inspector', 'evaluator')")
    @Operation(
            summary = "The promised figures from one day to another (≤ 366 days), as JSON or CSV",
            description = "format=json|csv, or Accept: text/csv; the CSV is UTF-8 with a byte order mark,"
                    + " RFC 4180, one header row, the section (DEPARTMENT, HALL, TIER) in the first column")
    ResponseEntity<?> period(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = csv(format, accept);
        ReportPeriod period = ReportPeriod.parse(from, to);
        PeriodReport report = statistics.period(period);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        String filename = "onewindow-period-report-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(PeriodReportCsv.of(report));
    }

    /** CSV when asked by {@code format}, else when the Accept header names text/csv; JSON otherwise. */
    private static boolean csv(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidValueException("report.format", "format", "format is json or csv");
            };
        }
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type ->
                            type.getType().equals("text") && type.getSubtype().equals("csv"));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
