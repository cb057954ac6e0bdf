package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.elicense.license.Digitisation;
import io.onewindow.elicense.license.Expiry;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.elicense.verification.Verification;
import io.onewindow.elicense.verification.VerificationResult;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The expiry use case on a clock the test moves, with its events on the real topic. */
@ServiceIT
class ExpiryJobIT {

    static final Caller MARKET_OFFICER = new Caller(
            "u-officer1", "officer1", Set.of(Roles.WINDOW_OFFICER), "market-regulation", null, null, "portal");

    static final Caller MARKET_ADMIN = new Caller(
            "u-deptadmin1", "deptadmin1", Set.of(Roles.DEPT_ADMIN), "market-regulation", null, null, "portal");

    @Autowired
    MutableClock clock;

    @Autowired
    Digitisation digitisation;

    @Autowired
    Expiry expiry;

    @Autowired
    Verification verification;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventCodec codec;

    /** Requested by a window officer, confirmed by the department admin: the two-person digitisation. */
    private License digitisedFoodLicense(LocalDate validFrom, String holderCode) {
        String request = digitisation
                .request(
                        MARKET_OFFICER,
                        new Digitisation.DigitiseCommand(
                                "11100000000013338W002",
                                "番禺示例餐饮店",
                                holderCode,
                                "111",
                                validFrom,
                                validFrom,
                                null,
                                Map.of("经营场所", "番禺区"),
                                null))
                .id();
        return digitisation.confirm(MARKET_ADMIN, request);
    }

    private long eventsOf(String licenseId, String type) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.find(
                                Query.query(Criteria.where("outbox.0").exists(true)), Document.class, "licenses")
                        .isEmpty());
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.LICENSE).stream()
                .filter(r -> licenseId.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .filter(e -> e.type().equals(type))
                .count();
    }

    @AfterEach
    void backToNow() {
        clock.set(Instant.now());
    }

    @Test
    void remindsOnceThirtyDaysAheadThenExpiresAfterTheLastValidDay() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        License ending = digitisedFoodLicense(LocalDate.of(2021, 7, 1), "44011319950515118X");
        License later = digitisedFoodLicense(LocalDate.of(2025, 1, 1), "11010519491231002X");
        assertThat(ending.content().validTo()).isEqualTo(LocalDate.of(2026, 6, 30));

        expiry.expireAndRemind();
        expiry.expireAndRemind();
        assertThat(eventsOf(ending.id(), "onewindow.license.LicenseExpiringSoon.v1"))
                .isEqualTo(1);
        assertThat(eventsOf(later.id(), "onewindow.license.LicenseExpiringSoon.v1"))
                .isZero();

        // 2026-06-30T23:00 in Shanghai is still the last valid day.
        clock.set(Instant.parse("2026-06-30T15:00:00Z"));
        expiry.expireAndRemind();
        assertThat(verification.byIdentifier(ending.content().identifier()).result())
                .isEqualTo(VerificationResult.VALID);

        clock.set(Instant.parse("2026-06-30T16:30:00Z"));
        assertThat(verification.byIdentifier(ending.content().identifier()).result())
                .as("expired as soon as the day is over, even before the job ran")
                .isEqualTo(VerificationResult.EXPIRED);
        expiry.expireAndRemind();
        expiry.expireAndRemind();
        assertThat(mongo.findById(ending.id(), Document.class, "licenses").getString("status"))
                .isEqualTo("EXPIRED");
        assertThat(eventsOf(ending.id(), "onewindow.license.LicenseExpired.v1")).isEqualTo(1);
        assertThat(mongo.findById(later.id(), Document.class, "licenses").getString("status"))
                .isEqualTo("VALID");
    }
}
