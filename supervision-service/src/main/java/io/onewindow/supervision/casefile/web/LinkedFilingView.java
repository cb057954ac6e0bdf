package io.onewindow.supervision.casefile.web;

import io.onewindow.supervision.cases.domain.LinkedFiling;
import java.util.List;

/**
 * A linked filing (联办件) for inspectors: the linked number, the hall visit its parts were received
 * from (service point, tier, window, queue ticket), the departments deciding a part, each part (case,
 * matter, department, state, deadline card, promised due date, outcome, where it was handed out) and
 * one timeline of every part's events in time order, each entry naming its case and department.
 */
record LinkedFilingView(
        String linkedNumber,
        LinkedFiling.HallVisit visit,
        List<String> departments,
        List<LinkedFiling.Part> parts,
        List<LinkedFiling.Entry> timeline) {

    static LinkedFilingView of(LinkedFiling filing) {
        return new LinkedFilingView(
                filing.linkedNumber(), filing.visit(), filing.departments(), filing.parts(), filing.timeline());
    }
}
