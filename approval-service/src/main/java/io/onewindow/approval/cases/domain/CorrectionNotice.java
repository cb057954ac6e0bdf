package io.onewindow.approval.cases.domain;

import io.onewindow.platform.events.approval.CorrectionItem;
import java.time.Instant;
import java.util.List;

/**
 * A correction notice (补正告知) given to the applicant.
 *
 * @param sequence 1 for the first notice of the case
 * @param items every item listed
 * @param justification why a later notice lists new items, or {@code null}
 * @param by username of the officer
 * @param at when
 */
public record CorrectionNotice(int sequence, List<CorrectionItem> items, String justification, String by, Instant at) {

    public CorrectionNotice {
        items = List.copyOf(items);
    }
}
