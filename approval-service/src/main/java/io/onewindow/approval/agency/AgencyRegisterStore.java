package io.onewindow.approval.agency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.agency.domain.Bar;
import io.onewindow.approval.agency.domain.Enrolment;
import io.onewindow.approval.agency.domain.Mandate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Approval's copy of the agency register kept by appointment-service: enrolled agents
 * ({@value #ENROLMENTS}), bars ({@value #BARS}) and mandates ({@value #MANDATES}). Every write is an
 * upsert by the register's own ids, so an event applied twice changes nothing; a mandate's
 * revocation is kept even when it arrives before its grant (the two are on different partitions),
 * and a bar's state changes only to a newer one.
 */
@Component
class AgencyRegisterStore implements InitializingBean {

    static final String ENROLMENTS = "agency_enrolments";
    static final String BARS = "agency_bars";
    static final String MANDATES = "agency_mandates";

    /** The key of a bar on a whole intermediary. */
    private static final String WHOLE = "*";

    private final MongoOperations mongo;

    AgencyRegisterStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(ENROLMENTS).createIndex(new Index().on("agentUsername", Sort.Direction.ASC));
        mongo.indexOps(BARS).createIndex(new Index().on("intermediaryCode", Sort.Direction.ASC));
        mongo.indexOps(MANDATES)
                .createIndex(new Index()
                        .on("principalPseudonym", Sort.Direction.ASC)
                        .on("agentUsername", Sort.Direction.ASC));
    }

    void enrolled(String intermediaryCode, String agentUsername, String agentPseudonym, Instant at) {
        mongo.upsert(
                query(where("_id").is(intermediaryCode + "|" + agentUsername)),
                new Update()
                        .set("intermediaryCode", intermediaryCode)
                        .set("agentUsername", agentUsername)
                        .set("agentPseudonym", agentPseudonym)
                        .set("enrolledAt", Date.from(at)),
                ENROLMENTS);
    }

    /**
     * Sets the bar state of an agent (or of the whole intermediary, {@code agentUsername} null) as of
     * {@code at}, unless a later state is stored already.
     */
    void barState(String intermediaryCode, String agentUsername, boolean barred, String reason, String by, Instant at) {
        String key = intermediaryCode + "|" + (agentUsername == null ? WHOLE : agentUsername);
        Query current = query(new Criteria()
                .andOperator(
                        where("_id").is(key),
                        new Criteria()
                                .orOperator(
                                        where("changedAt").lte(Date.from(at)),
                                        where("changedAt").exists(false))));
        Update update = new Update()
                .set("intermediaryCode", intermediaryCode)
                .set("agentUsername", agentUsername)
                .set("barred", barred)
                .set("reason", reason)
                .set("changedBy", by)
                .set("changedAt", Date.from(at));
        try {
            mongo.findAndModify(current, update, FindAndModifyOptions.options().upsert(true), Document.class, BARS);
        } catch (DuplicateKeyException newerStateStored) {
            // The stored state is later than this event: it stays.
        }
    }

    void granted(Mandate mandate, Instant grantedAt) {
        mongo.upsert(
                query(where("_id").is(mandate.mandateId())),
                new Update()
                        .set("principalPseudonym", mandate.principalPseudonym())
                        .set("agentPseudonym", mandate.agentPseudonym())
                        .set("agentUsername", mandate.agentUsername())
                        .set("intermediaryCode", mandate.intermediaryCode())
                        .set("matterCodes", mandate.matterCodes())
                        .set("validFrom", Date.from(mandate.validFrom()))
                        .set("validUntil", Date.from(mandate.validUntil()))
                        .set("grantedAt", Date.from(grantedAt)),
                MANDATES);
    }

    void revoked(String mandateId, String principalPseudonym, String agentPseudonym, Instant at) {
        mongo.upsert(
                query(where("_id").is(mandateId)),
                new Update()
                        .set("revokedAt", Date.from(at))
                        .setOnInsert("principalPseudonym", principalPseudonym)
                        .setOnInsert("agentPseudonym", agentPseudonym),
                MANDATES);
    }

    /** The enrolments of one agent account. */
    List<Enrolment> enrolmentsOf(String agentUsername) {
        return mongo.find(query(where("agentUsername").is(agentUsername)), Document.class, ENROLMENTS).stream()
                .map(d -> new Enrolment(
                        d.getString("intermediaryCode"), d.getString("agentUsername"), d.getString("agentPseudonym")))
                .toList();
    }

    /** The current bars of these intermediaries and their agents. */
    List<Bar> barsOf(Collection<String> intermediaryCodes) {
        return mongo
                .find(
                        query(where("intermediaryCode")
                                .in(intermediaryCodes)
                                .and("barred")
                                .is(true)),
                        Document.class,
                        BARS)
                .stream()
                .map(d -> new Bar(d.getString("intermediaryCode"), d.getString("agentUsername")))
                .toList();
    }

    /** The mandates a principal gave an agent account, revoked ones included. */
    List<Mandate> mandatesOf(String principalPseudonym, String agentUsername) {
        return mongo
                .find(
                        query(where("principalPseudonym")
                                .is(principalPseudonym)
                                .and("agentUsername")
                                .is(agentUsername)),
                        Document.class,
                        MANDATES)
                .stream()
                .map(AgencyRegisterStore::mandate)
                .toList();
    }

    private static Mandate mandate(Document d) {
        return new Mandate(
                d.getString("_id"),
                d.getString("principalPseudonym"),
                d.getString("agentPseudonym"),
                d.getString("agentUsername"),
                d.getString("intermediaryCode"),
                d.getList("matterCodes", String.class),
                instant(d.getDate("validFrom")),
                instant(d.getDate("validUntil")),
                instant(d.getDate("revokedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
