package io.onewindow.platform.events.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseEventsTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final String ID = "lic-1";
    static final String IDENTIFIER = "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D";

    static List<DomainEvent> oneOfEach() {
        return List.of(
                new LicenseIssued(
                        ID,
                        IDENTIFIER,
                        "11100000000013338W001",
                        "market-regulation",
                        "APPROVAL",
                        "case-1",
                        "PY-1",
                        "MR-1",
                        "111",
                        "440113********1235",
                        LocalDate.of(2026, 3, 2),
                        null,
                        "market-regulation-k1",
                        "approver1",
                        AT),
                new LicenseSuspended(ID, IDENTIFIER, "market-regulation", "inspection", "approver1", AT),
                new LicenseReinstated(ID, IDENTIFIER, "market-regulation", "approver1", AT),
                new LicenseRevoked(ID, IDENTIFIER, "market-regulation", "fraud", "approver1", AT),
                new LicenseRenewed(
                        ID,
                        IDENTIFIER,
                        "lic-2",
                        IDENTIFIER.replace(".001.D", ".002.X"),
                        "market-regulation",
                        LocalDate.of(2031, 3, 1),
                        "approver1",
                        AT),
                new LicenseExpired(ID, IDENTIFIER, "market-regulation", LocalDate.of(2026, 3, 1), AT),
                new LicenseExpiringSoon(
                        ID,
                        IDENTIFIER,
                        "11100000000013338W001",
                        "market-regulation",
                        "111",
                        "440113********1235",
                        LocalDate.of(2026, 4, 1),
                        AT),
                new LicenseUsed(
                        ID,
                        IDENTIFIER,
                        "11100000000013338W001",
                        "GRANT",
                        "grant-1",
                        "partner-tax",
                        "tax",
                        null,
                        null,
                        "tax registration",
                        AT));
    }

    static final String NOTICE_ID = "ntc-0123456789abcdef0123456789abcdef";

    static List<DomainEvent> oneNoticeEventOfEach() {
        return List.of(
                new NoticeIssued(
                        NOTICE_ID,
                        "case-1",
                        "PY-1",
                        "ACCEPTANCE",
                        "market-regulation",
                        "market-regulation-k1",
                        "0".repeat(64),
                        AT),
                new NoticeDelivered(NOTICE_ID, "case-1", "ACCEPTANCE", "market-regulation", "ONLINE", AT));
    }

    @Test
    void everyEventHasAVersionedLicenseTypeNamedAfterItsRecord() {
        for (DomainEvent event : oneOfEach()) {
            assertThat(EventTypes.typeOf(event))
                    .isEqualTo("onewindow.license." + event.getClass().getSimpleName() + ".v1");
        }
    }

    @Test
    void noticeEventsHaveVersionedLicenseTypesNamedAfterTheirRecords() {
        for (DomainEvent event : oneNoticeEventOfEach()) {
            assertThat(EventTypes.typeOf(event))
                    .isEqualTo("onewindow.license." + event.getClass().getSimpleName() + ".v1");
        }
    }

    @Test
    void noticeEventsAreKeyedByTheNoticeIdAndCarryNoIdNumber() {
        for (DomainEvent event : oneNoticeEventOfEach()) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap("/onewindow/e-license-service", event, AT);
            assertThat(envelope.subject()).isEqualTo(NOTICE_ID);
            assertThat(event.toString()).doesNotContain("440113199003071235");
        }
    }

    @Test
    void everyEventIsKeyedByTheLicenseId() {
        for (DomainEvent event : oneOfEach()) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap("/onewindow/e-license-service", event, AT);
            assertThat(envelope.subject()).isEqualTo(ID);
        }
    }

    @Test
    void noEventCarriesAFullIdNumber() {
        for (DomainEvent event : oneOfEach()) {
            assertThat(event.toString()).doesNotContain("440113199003071235");
        }
    }
}
