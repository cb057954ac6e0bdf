package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rule 12 — digitised paper licenses (存量证照电子化): every digitisation back-dated beyond the days
 * e-license-service allows without a reason (it then carries the recorded {@code backdatingReason})
 * is reviewed; and one officer asking for, or one pair (asker and confirmer) carrying out, more than
 * {@code maxPerDay} digitisations on one day is flagged: the trace of licenses made up after the fact.
 *
 * @param enabled on/off
 * @param maxPerDay digitisations one officer or one pair may do on a day without an alert
 */
public record DigitisationRule(boolean enabled, int maxPerDay) {

    public static final int NUMBER = 12;
    public static final String BACKDATED = "digitisation.backdated";
    public static final String MANY_BY_OFFICER = "digitisation.many-by-officer";
    public static final String MANY_BY_PAIR = "digitisation.many-by-pair";

    /** The detail naming the licenses concerned. */
    public static final String LICENSE_IDS = "licenseIds";

    /** A digitisation back-dated beyond the allowance: reviewed every time. */
    public Optional<AlertCandidate> backdated(Digitisation d) {
        if (!enabled || !d.backdatedBeyondAllowance()) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        BACKDATED,
                        "LICENSE",
                        d.licenseId(),
                        d.department(),
                        Severity.WARNING,
                        null,
                        List.of(d.eventId()),
                        List.of(d.requestedBy(), d.confirmedBy()),
                        d.digitisedAt(),
                        "digitised license valid from " + d.backdatedDays() + " days before the request: "
                                + d.backdatingReason())
                .withDetail(LICENSE_IDS, List.of(d.licenseId())));
    }

    /**
     * The officer's digitisations on {@code latest}'s day: flagged above {@code maxPerDay}, raised at
     * the first one past it, with the day's first {@code maxPerDay + 1} as evidence.
     */
    public Optional<AlertCandidate> manyByOfficer(Digitisation latest, List<Digitisation> digitisations) {
        return many(
                latest,
                digitisations,
                d -> Objects.equals(d.requestedBy(), latest.requestedBy()),
                MANY_BY_OFFICER,
                "OFFICER",
                latest.requestedBy() + "~" + latest.day(),
                " digitisations asked for by " + latest.requestedBy() + " on " + latest.day());
    }

    /** The pair's (asker and confirmer) digitisations on {@code latest}'s day: flagged above {@code maxPerDay}. */
    public Optional<AlertCandidate> manyByPair(Digitisation latest, List<Digitisation> digitisations) {
        return many(
                latest,
                digitisations,
                d -> Objects.equals(d.requestedBy(), latest.requestedBy())
                        && Objects.equals(d.confirmedBy(), latest.confirmedBy()),
                MANY_BY_PAIR,
                "OFFICER_PAIR",
                latest.requestedBy() + "~" + latest.confirmedBy() + "~" + latest.day(),
                " digitisations by " + latest.requestedBy() + " confirmed by " + latest.confirmedBy() + " on "
                        + latest.day());
    }

    private Optional<AlertCandidate> many(
            Digitisation latest,
            List<Digitisation> digitisations,
            Predicate<Digitisation> same,
            String code,
            String subjectType,
            String subjectId,
            String summary) {
        if (!enabled || latest.requestedBy() == null) {
            return Optional.empty();
        }
        LocalDate day = latest.day();
        List<Digitisation> sameDay = digitisations.stream()
                .filter(same)
                .filter(d -> day.equals(d.day()))
                .sorted(Comparator.comparing(Digitisation::digitisedAt).thenComparing(Digitisation::licenseId))
                .toList();
        if (sameDay.size() <= maxPerDay) {
            return Optional.empty();
        }
        // The first digitisations of the day up to the one past the limit: the same whatever order
        // their events arrived in, so a replay raises the same alert.
        sameDay = sameDay.subList(0, maxPerDay + 1);
        Digitisation crossing = sameDay.get(maxPerDay);
        List<String> departments = sameDay.stream()
                .map(Digitisation::department)
                .distinct()
                .limit(2)
                .toList();
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        code,
                        subjectType,
                        subjectId,
                        departments.size() == 1 ? departments.get(0) : null,
                        Severity.WARNING,
                        null,
                        sameDay.stream().map(Digitisation::eventId).toList(),
                        sameDay.stream()
                                .flatMap(d -> MANY_BY_PAIR.equals(code)
                                        ? java.util.stream.Stream.of(d.requestedBy(), d.confirmedBy())
                                        : java.util.stream.Stream.of(d.requestedBy()))
                                .toList(),
                        crossing.digitisedAt(),
                        "more than " + maxPerDay + summary)
                .withDetail(
                        LICENSE_IDS,
                        sameDay.stream().map(Digitisation::licenseId).toList()));
    }
}
