package io.onewindow.elicense.consent;

import io.onewindow.elicense.consent.domain.UseBasis;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.license.LicenseUsed;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The use log (用证记录): one document per use, written together with its {@link LicenseUsed}
 * event in its own outbox, so logging a use never contends with changes to the license itself.
 */
@Repository
public class UseLog {

    static final String COLLECTION = "license_uses";

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;
    private final Clock clock;

    UseLog(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("licenseId", Sort.Direction.ASC).named("licenseId"));
    }

    /** One logged use as the holder sees it. */
    public record Use(
            String id,
            String licenseId,
            String basis,
            String grantId,
            String usedBy,
            String department,
            String matterCode,
            String caseNumber,
            String purpose,
            Instant usedAt) {}

    public Use record(
            License license,
            UseBasis basis,
            String grantId,
            String usedBy,
            String department,
            String matterCode,
            String caseNumber,
            String purpose) {
        Instant now = clock.instant();
        String id = "use-" + UUID.randomUUID();
        LicenseUsed event = new LicenseUsed(
                license.id(),
                license.content().identifier(),
                license.content().typeCode(),
                basis.name(),
                grantId,
                usedBy,
                department,
                matterCode,
                caseNumber,
                purpose,
                now);
        mongo.insert(new UseDocument(
                id,
                null,
                license.id(),
                basis.name(),
                grantId,
                usedBy,
                department,
                matterCode,
                caseNumber,
                purpose,
                now,
                recorder.record(Topics.LICENSE, List.of(event))));
        relay.wakeUp();
        return new Use(
                id, license.id(), basis.name(), grantId, usedBy, department, matterCode, caseNumber, purpose, now);
    }

    public List<Use> ofLicense(String licenseId) {
        return mongo
                .find(
                        Query.query(Criteria.where("licenseId").is(licenseId))
                                .with(Sort.by("usedAt").descending()),
                        UseDocument.class)
                .stream()
                .map(UseDocument::toUse)
                .toList();
    }

    @Document(COLLECTION)
    record UseDocument(
            @Id String id,
            @Version Long version,
            String licenseId,
            String basis,
            String grantId,
            String usedBy,
            String department,
            String matterCode,
            String caseNumber,
            String purpose,
            Instant usedAt,
            List<OutboxEntry> outbox) {

        Use toUse() {
            return new Use(id, licenseId, basis, grantId, usedBy, department, matterCode, caseNumber, purpose, usedAt);
        }
    }
}
