package io.onewindow.elicense.license.domain;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a paper license to digitise may say about its dates. The license type caps the validity:
 * {@code validTo} lies no later than the type's validity from {@code validFrom} (a type that does
 * not expire gives no {@code validTo} at all); neither the issue day nor the first valid day lies
 * after today. Back-dating {@code validFrom} further than {@code maxBackdating} before the day of
 * the request needs a recorded reason.
 *
 * @param maxBackdating how far before the request day {@code validFrom} may lie without a reason
 */
public record DigitisationRule(Period maxBackdating) {

    public static final String PAPER_IN_FUTURE = "license.paper-in-future";
    public static final String VALIDITY = "license.validity";
    public static final String EXCEEDS_TYPE = "digitisation.validity-exceeds-type";
    public static final String REASON_REQUIRED = "digitisation.backdating-reason-required";

    public DigitisationRule {
        Objects.requireNonNull(maxBackdating, "maxBackdating");
        if (maxBackdating.isNegative()) {
            throw new IllegalArgumentException("maxBackdating must not be negative");
        }
    }

    /**
     * The dates as they will be signed, or the first rule they break.
     *
     * @param validTo the last valid day from the paper, or {@code null} to take the type's
     * @param backdatingReason why {@code validFrom} lies so far back; kept only when it is needed
     */
    public Dates check(
            LicenseType type,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String backdatingReason,
            LocalDate today) {
        if (issuedOn.isAfter(today) || validFrom.isAfter(today)) {
            throw new InvalidValueException(
                    PAPER_IN_FUTURE, "validFrom", "a paper license to digitise was issued and valid before today");
        }
        LocalDate signedValidTo = validTo(type, validFrom, validTo);
        long backdatedDays = ChronoUnit.DAYS.between(validFrom, today);
        boolean needsReason = validFrom.isBefore(today.minus(maxBackdating));
        String reason = backdatingReason == null || backdatingReason.isBlank() ? null : backdatingReason.strip();
        if (needsReason && reason == null) {
            throw new InvalidValueException(
                    REASON_REQUIRED,
                    "backdatingReason",
                    "validFrom lies more than " + maxBackdating + " before today: record why");
        }
        return new Dates(issuedOn, validFrom, signedValidTo, backdatedDays, needsReason ? reason : null);
    }

    /**
     * The last valid day within the type's validity: the given one when it is not later than the
     * type allows, the type's own when none is given.
     */
    public static LocalDate validTo(LicenseType type, LocalDate validFrom, LocalDate validTo) {
        LocalDate cap = type.validToFor(validFrom);
        if (cap == null) {
            if (validTo != null) {
                throw new InvalidValueException(
                        EXCEEDS_TYPE, "validTo", "licenses of type " + type.code() + " do not expire: give no validTo");
            }
            return null;
        }
        if (validTo == null) {
            return cap;
        }
        if (validTo.isBefore(validFrom)) {
            throw new InvalidValueException(VALIDITY, "validTo", "validTo is before validFrom");
        }
        if (validTo.isAfter(cap)) {
            throw new InvalidValueException(
                    EXCEEDS_TYPE,
                    "validTo",
                    "licenses of type " + type.code() + " are valid " + type.validityYears() + " years: from "
                            + validFrom + " at most until " + cap);
        }
        return validTo;
    }

    /**
     * Dates that keep the rule.
     *
     * @param backdatedDays days {@code validFrom} lies before the request day
     * @param backdatingReason the reason, when back-dated beyond the allowed period, else {@code null}
     */
    public record Dates(
            LocalDate issuedOn, LocalDate validFrom, LocalDate validTo, long backdatedDays, String backdatingReason) {}
}
