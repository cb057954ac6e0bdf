package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stored shape of a case is the one it always had: the aggregate under {@code data} with the
 * field names the earlier Spring Data mapping of {@code ApplicationCase} wrote, so stored cases read.
 */
class CaseStoreIT extends ApprovalIntegrationTest {

    /**
     * Every field the earlier mapping stored under {@code data}; Spring Data stores a property named
     * {@code id} as {@code _id}, in an embedded document too.
     */
    static final String[] DATA_FIELDS = {
        "_id",
        "caseNumber",
        "matter",
        "matterVersion",
        "applicant",
        "agent",
        "filedBy",
        "channel",
        "formData",
        "materials",
        "state",
        "preReview",
        "defects",
        "receivedAt",
        "receivedOn",
        "art32Deadline",
        "corrections",
        "acceptedAt",
        "acceptedOn",
        "acceptedAutomatically",
        "acceptedBy",
        "extensionWorkingDays",
        "extensionReason",
        "suspensions",
        "completedSteps",
        "decision",
        "closedAt",
        "closedOn",
        "audit",
        "officialYearsCounted"
    };

    @Autowired
    CaseStore cases;

    @Test
    void casesAreIndexedByTheFilesTheyNameForTheOrphanUploadSweep() {
        assertThat(mongo.indexOps(CaseDocument.class).getIndexInfo())
                .anySatisfy(index -> assertThat(index.getIndexFields())
                        .singleElement()
                        .satisfies(field -> assertThat(field.getKey()).isEqualTo("data.materials.fileId")));
    }

    @Test
    void aCaseIsStoredUnderTheFieldNamesItAlwaysHad() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-ST"))).code();
        clock.setTo("2026-03-02");
        String id = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);

        Document stored = raw(id);

        assertThat(stored.keySet())
                .contains(
                        "_id",
                        "version",
                        "caseNumber",
                        "department",
                        "state",
                        "applicantCode",
                        "filedBy",
                        "art32Deadline",
                        "data",
                        "outbox");
        Document data = stored.get("data", Document.class);
        assertThat(data.keySet())
                .as("only fields with a value are written; none is new or renamed")
                .isSubsetOf(DATA_FIELDS)
                .contains("_id", "caseNumber", "matter", "applicant", "materials", "state", "preReview", "audit")
                .contains("receivedAt", "receivedOn", "art32Deadline", "officialYearsCounted");
        assertThat(data.get("state")).isEqualTo("PRE_REVIEW");
        assertThat(data.get("preReview")).isEqualTo("PASSED");
    }

    @Test
    void aCaseStoredBeforeTheOfficialYearsWereStampedStillReadsAndKeepsItsChain() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-ST"))).code();
        clock.setTo("2026-03-02");
        String id = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        Document stored = raw(id);
        stored.get("data", Document.class).remove("officialYearsCounted");
        stored.remove("_class");
        mongo.getCollection(ApprovalServiceApplication.CASES).replaceOne(new Document("_id", id), stored);

        ApplicationCase read = cases.get(id);

        assertThat(read.state()).isEqualTo(CaseState.PRE_REVIEW);
        assertThat(read.awaitsRecomputationFor(2026)).isTrue();
        assertThat(read.verifyAudit().intact()).isTrue();
        assertThat(read.audit()).hasSize(2);
    }

    @Test
    void theDecisionFactsAreTheWholeCasesFieldsReadWithoutTheRestOfTheCase() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-ST"))).code();
        clock.setTo("2026-03-02");
        String id = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        ApplicationCase whole = cases.get(id);

        CaseQueries.DecisionFacts facts = cases.decisionFacts(id).orElseThrow();

        assertThat(facts)
                .isEqualTo(new CaseQueries.DecisionFacts(
                        whole.id(),
                        whole.caseNumber(),
                        CaseState.PRE_REVIEW,
                        matter,
                        whole.matter().name(),
                        "market-regulation",
                        Matters.FOOD_LICENSE_TYPE,
                        whole.matterVersion(),
                        whole.applicant(),
                        null));
        assertThat(facts.applicant().code()).isEqualTo("440113199003071235");
    }

    @Test
    void anUnknownCaseHasNoDecisionFacts() {
        assertThat(cases.decisionFacts("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    private Document raw(String id) {
        return mongo.getCollection(ApprovalServiceApplication.CASES)
                .find(new Document("_id", id))
                .first();
    }
}
