package io.onewindow.notification.webhook.domain;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import io.onewindow.platform.events.approval.VisitAttached;
import io.onewindow.platform.events.license.LicenseExpired;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRenewed;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The event types a partner may subscribe to: the platform's events about one department's cases
 * (approval-service's case events, which all name {@code department}) and licenses (e-license-service's
 * lifecycle events, which name the issuing {@code department}). Each is delivered as published on its
 * topic, pseudonymised as there. Internal events (refusals, catalog and registry changes, supervision's
 * alerts) are not offered.
 */
public final class WebhookEventTypes {

    /** The case events, in the order a case goes through them. */
    public static final List<String> CASE_EVENTS = types(
            ApplicationSubmitted.class,
            PreReviewPassed.class,
            CorrectionRequested.class,
            ApplicationResubmitted.class,
            ApplicationAccepted.class,
            NotAccepted.class,
            StepCompleted.class,
            ClockSuspended.class,
            ClockResumed.class,
            TimeLimitExtended.class,
            CaseDeadlinesRecomputed.class,
            VisitAttached.class,
            ApplicationApproved.class,
            ApplicationDenied.class,
            ApplicationCompleted.class,
            ApplicationWithdrawn.class,
            PartnerMilestoneReported.class);

    /** The license events. */
    public static final List<String> LICENSE_EVENTS = types(
            LicenseIssued.class,
            LicenseSuspended.class,
            LicenseReinstated.class,
            LicenseRevoked.class,
            LicenseRenewed.class,
            LicenseExpiringSoon.class,
            LicenseExpired.class);

    /** Every type a subscription may name. */
    public static final List<String> ALL =
            Stream.concat(CASE_EVENTS.stream(), LICENSE_EVENTS.stream()).toList();

    private WebhookEventTypes() {}

    /** Whether a partner may subscribe to {@code type}. */
    public static boolean isSubscribable(String type) {
        return ALL.contains(type);
    }

    /** Whether {@code type} is a case event (its subject is the case number). */
    public static boolean isCaseEvent(String type) {
        return CASE_EVENTS.contains(type);
    }

    /**
     * The subscribable types named, without repeats, in the order given.
     *
     * @throws InvalidValueException {@code webhook.unknown-event-type} naming the first unknown one, or
     *     {@code webhook.no-event-type} when none is named
     */
    public static List<String> requireSubscribable(List<String> types) {
        if (types == null || types.isEmpty()) {
            throw new InvalidValueException("webhook.no-event-type", "eventTypes", "name at least one event type");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String type : types) {
            if (!isSubscribable(type)) {
                throw new InvalidValueException(
                        "webhook.unknown-event-type",
                        "eventTypes",
                        "not an event type partners may subscribe to: " + type,
                        type);
            }
            checked.add(type);
        }
        return List.copyOf(checked);
    }

    @SafeVarargs
    private static List<String> types(Class<?>... records) {
        return Stream.of(records)
                .map(r -> r.getAnnotation(EventType.class).value())
                .toList();
    }
}
