package io.onewindow.supervision.rules;

import io.onewindow.platform.events.license.PaperLicenseDigitised;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.rules.domain.Digitisation;
import io.onewindow.supervision.rules.domain.DigitisationRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Keeps the digitised paper licenses and runs rule 12 on each: back-dating, and many on one day. */
@UseCase
public class DigitisationInspection {

    private final DigitisationStore digitisations;
    private final DigitisationRule rule;
    private final AlertBook alerts;
    private final ZoneId zone;

    DigitisationInspection(
            DigitisationStore digitisations, DigitisationRule rule, AlertBook alerts, ServiceProperties service) {
        this.digitisations = digitisations;
        this.rule = rule;
        this.alerts = alerts;
        this.zone = service.timeZone();
    }

    public void digitised(String eventId, PaperLicenseDigitised e) {
        if (e.licenseId() == null || e.digitisedAt() == null) {
            return;
        }
        Digitisation d = new Digitisation(
                e.licenseId(),
                eventId,
                e.identifier(),
                e.department(),
                e.requestedBy(),
                e.confirmedBy(),
                e.backdatedDays(),
                e.backdatingReason(),
                e.digitisedAt(),
                LocalDate.ofInstant(e.digitisedAt(), zone));
        digitisations.add(d);
        List<AlertCandidate> found = new ArrayList<>();
        rule.backdated(d).ifPresent(found::add);
        if (d.requestedBy() != null) {
            List<Digitisation> sameDay = digitisations.requestedBy(d.requestedBy(), d.day());
            rule.manyByOfficer(d, sameDay).ifPresent(found::add);
            rule.manyByPair(d, sameDay).ifPresent(found::add);
        }
        alerts.raise(found);
    }
}
