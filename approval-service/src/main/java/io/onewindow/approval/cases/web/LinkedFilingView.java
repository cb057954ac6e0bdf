package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.Visit;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * A linked filing (联办件) as one progress: its number and business, the hall visit it was received from,
 * where it stands as a whole, and every part the caller may read (each a case of its department).
 *
 * @param progress {@code IN_PROGRESS} while a part is open; {@code READY_FOR_COLLECTION} once every part
 *     is decided (approved or denied) and one is still to be handed out; {@code COMPLETED} once every
 *     part is closed (办结); {@code ENDED} when a part ended without a decision (not accepted, withdrawn)
 *     and the others are decided or closed
 */
record LinkedFilingView(String linkedNumber, String business, Visit visit, String progress, List<CaseView> parts) {

    static LinkedFilingView of(List<ApplicationCase> parts, WorkingCalendar calendar, LocalDate today) {
        ApplicationCase first = parts.get(0);
        return new LinkedFilingView(
                first.particulars().linked().number(),
                first.particulars().linked().business(),
                first.particulars().visit(),
                progressOf(parts),
                parts.stream().map(c -> CaseView.of(c, calendar, today)).toList());
    }

    static String progressOf(List<ApplicationCase> parts) {
        List<CaseState> states = parts.stream().map(ApplicationCase::state).toList();
        if (states.stream().anyMatch(CaseState::isOpen)) {
            return "IN_PROGRESS";
        }
        if (states.stream().allMatch(s -> s == CaseState.COMPLETED)) {
            return "COMPLETED";
        }
        if (states.stream().anyMatch(s -> s == CaseState.NOT_ACCEPTED || s == CaseState.WITHDRAWN)) {
            return "ENDED";
        }
        return "READY_FOR_COLLECTION";
    }
}
