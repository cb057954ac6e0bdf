package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.DomainEvent;

/** An event about one case (办件): every one names the case, its matter and its department. */
public interface CaseEvent extends DomainEvent {

    /** The case id: aggregate id, CloudEvents subject and Kafka key. */
    String caseId();

    /** The case number shown to people, e.g. {@code AP-20260213-000042}. */
    String caseNumber();

    /** The matter code from the catalog. */
    String matterCode();

    /** The department handling the case. */
    String department();

    @Override
    default String aggregateId() {
        return caseId();
    }
}
