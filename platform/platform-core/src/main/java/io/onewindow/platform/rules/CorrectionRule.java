package io.onewindow.platform.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one-time notification rule for correction notices (一次性告知), applied by approval-service when
 * an officer gives a notice and by supervision-service when it judges the notices a case received:
 * both ask this class, so they cannot disagree.
 *
 * <p>Everything missing or defective must be listed in the first notice. A later notice is lawful
 * when it only repeats items of earlier notices that are still defective (the applicant's answer did
 * not cure them). A later notice that lists an item no earlier notice named breaks the rule, unless
 * the officer records why the item could not be known before (for example, a material the applicant
 * replaced has a new defect); such a notice is lawful but reported for review.
 *
 * <p>See {@code docs/domain/correction-notices.md} for the worked examples.
 */
public final class CorrectionRule {

    private CorrectionRule() {}

    /** How a correction notice stands under the rule. */
    public enum Verdict {
        /** The first notice of the case: it may list anything. */
        FIRST_NOTICE(true, false),
        /** A later notice that only repeats items still defective: lawful, nothing to report. */
        REPEATS_EARLIER_ITEMS(true, false),
        /** A later notice with new items and a recorded reason: lawful, reported for review. */
        NEW_ITEMS_JUSTIFIED(true, true),
        /** A later notice with new items and no reason: breaks the rule. */
        NEW_ITEMS_UNJUSTIFIED(false, true);

        private final boolean lawful;
        private final boolean addsItems;

        Verdict(boolean lawful, boolean addsItems) {
            this.lawful = lawful;
            this.addsItems = addsItems;
        }

        /** Whether a notice with this verdict may be given. */
        public boolean lawful() {
            return lawful;
        }

        /** Whether the notice names items no earlier notice named. */
        public boolean addsItems() {
            return addsItems;
        }
    }

    /** A judged notice: its verdict and the items it named for the first time. */
    public record Judgement(Verdict verdict, List<String> newItems) {

        public Judgement {
            Objects.requireNonNull(verdict, "verdict");
            newItems = List.copyOf(newItems);
        }
    }

    /**
     * Judges a notice.
     *
     * @param sequence the notice's number in the case, from 1
     * @param earlierItems the material codes named by the case's earlier notices
     * @param items the material codes this notice names
     * @param justification the recorded reason for naming new items; blank means none
     */
    public static Judgement judge(
            int sequence, Collection<String> earlierItems, Collection<String> items, String justification) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a notice's sequence starts at 1");
        }
        if (sequence == 1) {
            return new Judgement(Verdict.FIRST_NOTICE, List.of());
        }
        Set<String> earlier = Set.copyOf(earlierItems);
        Set<String> added = new LinkedHashSet<>();
        for (String item : items) {
            if (!earlier.contains(item)) {
                added.add(item);
            }
        }
        if (added.isEmpty()) {
            return new Judgement(Verdict.REPEATS_EARLIER_ITEMS, List.of());
        }
        boolean justified = justification != null && !justification.isBlank();
        return new Judgement(
                justified ? Verdict.NEW_ITEMS_JUSTIFIED : Verdict.NEW_ITEMS_UNJUSTIFIED, List.copyOf(added));
    }
}
