package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.licensetype.domain.LicenseTypeChange;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Proposed license type definitions and changes, written through the platform's aggregate store. */
@Component
class LicenseTypeChangeStore {

    private final AggregateStore<LicenseTypeChange, LicenseTypeChangeDocument> changes;

    LicenseTypeChangeStore(AggregateStores stores) {
        this.changes = stores.of(mapping());
    }

    LicenseTypeChange add(LicenseTypeChange change) {
        return changes.add(change);
    }

    LicenseTypeChange get(String id) {
        return changes.get(id);
    }

    LicenseTypeChange change(String id, Consumer<LicenseTypeChange> change) {
        return changes.change(id, change);
    }

    /** Pending proposals, oldest first; of one type when {@code code} is given, of one deciding department when {@code department} is. */
    List<LicenseTypeChange> pending(String code, String department) {
        Criteria criteria = Criteria.where("status").is(LicenseTypeChange.Status.PENDING.name());
        if (code != null) {
            criteria = criteria.and("code").is(code);
        }
        if (department != null) {
            criteria = criteria.and("confirmingDepartment").is(department);
        }
        return changes.findAll(Query.query(criteria)
                .with(Sort.by("proposedAt").ascending().and(Sort.by("_id")))
                .limit(500));
    }

    static AggregateMapping<LicenseTypeChange, LicenseTypeChangeDocument> mapping() {
        return AggregateMapping.of(
                        LicenseTypeChange.class, LicenseTypeChangeDocument.class, "license type change", Topics.LICENSE)
                .id(LicenseTypeChange::id)
                .stored(LicenseTypeChangeDocument::of, LicenseTypeChangeDocument::toDomain)
                .versioned(LicenseTypeChangeDocument::version, LicenseTypeChangeDocument::outbox);
    }
}
