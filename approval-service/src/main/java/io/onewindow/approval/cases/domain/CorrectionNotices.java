package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.rules.CorrectionRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The correction notices (补正告知) of one case under the one-time notification rule of Art. 32
 * ({@link CorrectionRule}): the first notice lists every missing or defective item; a later one may
 * repeat items still defective, and lists a new item only with the recorded reason why it could not
 * be known before.
 */
public final class CorrectionNotices {

    private final List<CorrectionNotice> notices;

    CorrectionNotices(List<CorrectionNotice> notices) {
        this.notices = notices == null ? new ArrayList<>() : new ArrayList<>(notices);
    }

    /**
     * A notice as judged, not yet given.
     *
     * @param notice the notice as it will be recorded
     * @param newItems the material codes no earlier notice named (only for a later notice)
     */
    record Judged(CorrectionNotice notice, List<String> newItems) {

        /** Whether the notice adds items that had to be justified. */
        boolean justifiesNewItems() {
            return !newItems.isEmpty();
        }
    }

    /**
     * Judges the next notice under the one-time notification rule.
     *
     * @param problemsByMaterial the problem of each listed material, by material code
     * @param justification the recorded reason for naming new items; blank means none
     * @throws InvalidValueException when the notice lists nothing or a material the catalog does not
     * @throws ConflictException {@code correction.not-all-at-once} for new items without a reason
     */
    Judged judge(
            MatterDefinition matter,
            Map<String, String> problemsByMaterial,
            String justification,
            String by,
            Instant at) {
        if (problemsByMaterial == null || problemsByMaterial.isEmpty()) {
            throw new InvalidValueException("correction.no-items", "items", "a correction notice lists its items");
        }
        List<CorrectionItem> items = new ArrayList<>();
        for (Map.Entry<String, String> entry : problemsByMaterial.entrySet()) {
            MaterialRequirement requirement = matter.material(entry.getKey())
                    .orElseThrow(() -> new InvalidValueException(
                            "correction.unknown-material",
                            "items.materialCode",
                            "the catalog lists no material " + entry.getKey()));
            items.add(new CorrectionItem(requirement.code(), requirement.name(), entry.getValue()));
        }
        int sequence = notices.size() + 1;
        CorrectionRule.Judgement judgement = CorrectionRule.judge(
                sequence,
                notices.stream()
                        .flatMap(n -> n.items().stream())
                        .map(CorrectionItem::materialCode)
                        .toList(),
                items.stream().map(CorrectionItem::materialCode).toList(),
                justification);
        if (!judgement.verdict().lawful()) {
            throw new ConflictException(
                    "correction.not-all-at-once",
                    "items " + judgement.newItems() + " were not in the first notice: all items must be listed at"
                            + " once, or the reason for asking again recorded");
        }
        // A reason is kept only on a later notice, where the rule asks for one.
        boolean justified = justification != null && !justification.isBlank();
        String recorded = sequence > 1 && justified ? justification : null;
        return new Judged(new CorrectionNotice(sequence, items, recorded, by, at), judgement.newItems());
    }

    /** Gives a judged notice. */
    void give(Judged judged) {
        notices.add(judged.notice());
    }

    /** The sequence of the latest notice, 0 if none. */
    int latestSequence() {
        return notices.isEmpty() ? 0 : notices.get(notices.size() - 1).sequence();
    }

    /** Every notice given, first first. */
    public List<CorrectionNotice> all() {
        return List.copyOf(notices);
    }
}
