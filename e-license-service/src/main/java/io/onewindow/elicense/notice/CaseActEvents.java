package io.onewindow.elicense.notice;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.notice.domain.CorrectionLine;
import io.onewindow.elicense.notice.domain.NoticeFacts;
import io.onewindow.elicense.notice.domain.NoticeKind;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to approval-service's case events for the written notices, in its own consumer group (so
 * it reads every partition of the topic beside license issuance): the filing and the matter versions
 * are remembered, and each act that requires a written notice gets one ({@link NoticeIssuance}). The
 * idempotent consumer skips redelivered events; the notice id derived from the event id covers the
 * rest.
 */
@Component
class CaseActEvents {

    static final String CONSUMER = "e-license-notices";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    CaseActEvents(IdempotentConsumer consumer, EventCodec codec, NoticeIssuance issuance) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec)
                .on(ApplicationSubmitted.class, event -> issuance.recordFiling(event.data()))
                .on(MatterVersionPublished.class, event -> issuance.recordMatter(event.data()))
                .on(DepartmentRecorded.class, event -> issuance.recordDepartment(event.data()))
                .on(ApplicationAccepted.class, event -> issuance.issue(acceptance(event.data()), event.id()))
                .on(NotAccepted.class, event -> issuance.issue(notAccepted(event.data()), event.id()))
                .on(CorrectionRequested.class, event -> issuance.issue(correction(event.data()), event.id()))
                .on(ApplicationApproved.class, event -> issuance.issue(approval(event), event.id()))
                .on(
                        ApplicationApproved.V1_TYPE,
                        ApplicationApproved.class,
                        event -> issuance.issue(approval(event), event.id()))
                .on(ApplicationDenied.class, event -> issuance.issue(denial(event.data()), event.id()));
    }

    @KafkaListener(
            topics = Topics.APPROVAL,
            groupId = "${spring.application.name}-notices",
            autoStartup = "#{@'" + LicenseSettings.BEAN + "'.notices().consumeApprovals()}")
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }

    private static NoticeFacts acceptance(ApplicationAccepted e) {
        return NoticeFacts.acceptance(
                e.caseId(),
                e.caseNumber(),
                e.matterCode(),
                e.department(),
                e.acceptedAt(),
                e.statutoryDueDate(),
                e.promisedDueDate(),
                e.automatic());
    }

    private static NoticeFacts notAccepted(NotAccepted e) {
        return NoticeFacts.refusal(
                NoticeKind.NON_ACCEPTANCE,
                e.caseId(),
                e.caseNumber(),
                e.matterCode(),
                e.department(),
                e.at(),
                e.reason(),
                e.legalBasis());
    }

    private static NoticeFacts correction(CorrectionRequested e) {
        return NoticeFacts.correction(
                e.caseId(),
                e.caseNumber(),
                e.matterCode(),
                e.department(),
                e.requestedAt(),
                e.items().stream()
                        .map(i -> new CorrectionLine(i.materialCode(), i.materialName(), i.problem()))
                        .toList());
    }

    private static NoticeFacts approval(EventEnvelope<ApplicationApproved> event) {
        ApplicationApproved e = event.data();
        return NoticeFacts.approval(
                e.caseId(),
                e.caseNumber(),
                e.matterCode(),
                e.matterName(),
                e.department(),
                e.decidedAt(),
                e.licenseTypeCode(),
                e.maskedHolderCode(),
                e.holderPseudonym());
    }

    private static NoticeFacts denial(ApplicationDenied e) {
        return NoticeFacts.refusal(
                NoticeKind.DENIAL,
                e.caseId(),
                e.caseNumber(),
                e.matterCode(),
                e.department(),
                e.decidedAt(),
                e.reason(),
                e.legalBasis());
    }
}
