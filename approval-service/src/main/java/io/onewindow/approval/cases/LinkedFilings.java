package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.LinkedFiling;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.util.List;

/**
 * A linked filing (联办件) as one thing: the applicant follows one progress of every department's part,
 * staff see the parts they may read, and the results of every part are collected at one delivery window
 * at once (统一窗口出件).
 */
@UseCase
public class LinkedFilings {

    private final CaseStore cases;
    private final CounterDelivery delivery;
    private final CaseAccess access;

    LinkedFilings(CaseStore cases, CounterDelivery delivery, CaseAccess access) {
        this.cases = cases;
        this.delivery = delivery;
        this.access = access;
    }

    /**
     * The parts of {@code number} the caller may read, in case-number order. The applicant (or the agent
     * who filed), inspectors and platform admins read every part; a department's staff the parts of his
     * department; the officer who received the visit at a comprehensive window every part.
     *
     * @throws InvalidValueException {@code linked.invalid-number} for a malformed number
     * @throws NotFoundException when there is no such linked filing or the caller may read none of it
     */
    public List<ApplicationCase> parts(String number, Caller caller) {
        requireNumber(number);
        List<ApplicationCase> visible = cases.byLinkedNumber(number).stream()
                .filter(c -> access.canRead(c, caller))
                .toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("linked-filing", number);
        }
        return visible;
    }

    /**
     * Hands out the results of every part of {@code number} at once, at window {@code window} of {@code
     * servicePointId}, to the holder of {@code collector}: each part is delivered as {@link
     * CounterDelivery#deliver} delivers a case, after every part has been checked, so either all parts are
     * collected or none.
     *
     * @throws ConflictException {@code linked.part-not-decided} while a part awaits its department's
     *     decision (the citizen collects once, when every part is decided)
     */
    public List<ApplicationCase> collect(
            String number, String servicePointId, String window, ResidentIdNumber collector, Caller caller) {
        requireNumber(number);
        // a delivery window may hand out another department's result (统一窗口出件): each part is checked
        // as a single delivery is, not by who may read it
        List<ApplicationCase> every = cases.byLinkedNumber(number);
        if (every.isEmpty()) {
            throw new NotFoundException("linked-filing", number);
        }
        for (ApplicationCase part : every) {
            if (part.state() != CaseState.APPROVED && part.state() != CaseState.DENIED) {
                throw new ConflictException(
                        "linked.part-not-decided",
                        "part " + part.caseNumber() + " (" + part.matter().department() + ") is " + part.state()
                                + ": the results are collected together once every part is decided");
            }
            delivery.check(part, servicePointId, window, collector, caller);
        }
        return every.stream()
                .map(part -> delivery.deliver(part.id(), servicePointId, window, collector, caller))
                .toList();
    }

    private static void requireNumber(String number) {
        if (number == null || !number.matches(LinkedFiling.NUMBER)) {
            throw new InvalidValueException(
                    "linked.invalid-number", "linkedNumber", "a linked number looks like LB-20261202-000001");
        }
    }
}
