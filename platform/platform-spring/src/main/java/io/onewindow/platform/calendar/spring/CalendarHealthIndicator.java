package io.onewindow.platform.calendar.spring;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code calendar} health contributor: always UP (a short calendar does not stop a service; a
 * question beyond it is refused on its own), with the coverage in its details so monitoring can
 * warn before it runs out.
 */
public class CalendarHealthIndicator extends AbstractHealthIndicator {

    private final CalendarCoverage coverage;
    private final CalendarDirectory directory;

    public CalendarHealthIndicator(CalendarCoverage coverage, CalendarDirectory directory) {
        super("Working-day calendar health check failed");
        this.coverage = coverage;
        this.directory = directory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CalendarCoverage.Status status = coverage.status();
        builder.up()
                .withDetail("firstCoveredDate", status.firstCoveredDate().toString())
                .withDetail("lastCoveredDate", status.lastCoveredDate().toString())
                .withDetail("daysOfCoverageLeft", status.daysLeft())
                .withDetail(
                        "coveredYears",
                        status.coveredYears().stream().map(Object::toString).toList());
        if (directory != null) {
            builder.withDetail("directory", directory.directory().toString());
        }
        builder.withDetail(
                        "provisionalYears",
                        status.provisionalYears().stream().map(Object::toString).toList())
                .withDetail("horizon", String.valueOf(status.horizon()));
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.time.Year next = java.time.Year.from(status.today()).plusYears(1);
        java.util.List<String> soon = status.provisionalYears().stream()
                .filter(y -> !y.isAfter(next))
                .map(Object::toString)
                .toList();
        if (!soon.isEmpty()) {
            warnings.add("dates in " + String.join(", ", soon) + " are counted provisionally from the holiday law"
                    + " (临时推算) until the official arrangement is entered (approval-service calendar admin API)");
        }
        if (coverage.runningOut(status)) {
            warnings.add("less than " + coverage.warnDays() + " days officially covered: dates after "
                    + status.lastCoveredDate() + " are provisional until next year's official arrangement is"
                    + " entered (approval-service calendar admin API or the calendar directory)");
        }
        if (!warnings.isEmpty()) {
            builder.withDetail("warning", String.join("; ", warnings));
        }
    }
}
