package io.onewindow.approval.support;

import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentEnrolled;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Plays appointment-service's agency register: writes its events, in the codec's CloudEvents
 * envelope keyed by aggregate id as appointment's outbox relay does, straight onto the real
 * appointment topic, and waits until approval's listener has applied them.
 */
public final class AgencyRegisterFeed {

    /** agent1's resident ID number in the realm ({@code idNumber} claim). */
    public static final String AGENT1_ID_NUMBER = "440113198809212469";

    private static final String SOURCE = "/onewindow/appointment-service";
    private static final EventCodec CODEC = new EventCodec();

    private final MongoTemplate mongo;
    private final IdentityPseudonyms pseudonyms;

    public AgencyRegisterFeed(MongoTemplate mongo, IdentityPseudonyms pseudonyms) {
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
    }

    /** A fresh intermediary credit code, so test classes sharing the broker do not meet. */
    public static String freshIntermediary() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91440113");
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A fresh valid resident ID number (district 440113, a random birth date and sequence). */
    public static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "440113" + (1950 + random.nextInt(50)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public String agent1Pseudonym() {
        return pseudonyms.ofIdNumber(AGENT1_ID_NUMBER);
    }

    /** Registers {@code intermediary} and enrols agent1 under it; returns when approval knows. */
    public void enrolAgent1(String intermediary) {
        Instant now = Instant.now();
        send(intermediary, new IntermediaryRegistered(intermediary, "测试代办公司", "admin1", now));
        send(intermediary, new AgentEnrolled(intermediary, "agent1", agent1Pseudonym(), "admin1", now));
        awaitDocument("agency_enrolments", intermediary + "|agent1", d -> true);
    }

    /** agent1 gets a mandate of a person; returns the mandate id once approval has it. */
    public String grantToAgent1(
            String intermediary, String principalIdNumber, List<String> matters, Instant from, Instant until) {
        String mandateId = UUID.randomUUID().toString();
        send(
                mandateId,
                new MandateGranted(
                        mandateId,
                        pseudonyms.ofApplicant(principalIdNumber, false),
                        "PERSON",
                        principalIdNumber.substring(0, 6) + "********" + principalIdNumber.substring(14),
                        agent1Pseudonym(),
                        "agent1",
                        intermediary,
                        matters,
                        from,
                        until,
                        "ONLINE",
                        "principal",
                        Instant.now()));
        awaitDocument("agency_mandates", mandateId, d -> d.get("validFrom") != null);
        return mandateId;
    }

    public void revoke(String mandateId, String principalIdNumber, Instant at) {
        send(
                mandateId,
                new MandateRevoked(
                        mandateId,
                        pseudonyms.ofApplicant(principalIdNumber, false),
                        agent1Pseudonym(),
                        "principal",
                        at));
        awaitDocument("agency_mandates", mandateId, d -> d.get("revokedAt") != null);
    }

    /** Bars agent1 under the intermediary, or the whole intermediary ({@code agent} null). */
    public void suspend(String intermediary, String agent, Instant at) {
        send(intermediary, new AgencySuspended(intermediary, agent, "屡次无授权代办", "inspector1", at));
        awaitDocument(
                "agency_bars",
                intermediary + "|" + (agent == null ? "*" : agent),
                d -> Boolean.TRUE.equals(d.get("barred")));
    }

    public void reinstate(String intermediary, String agent, Instant at) {
        send(intermediary, new AgencyReinstated(intermediary, agent, "整改完成", "inspector1", at));
        awaitDocument(
                "agency_bars",
                intermediary + "|" + (agent == null ? "*" : agent),
                d -> Boolean.FALSE.equals(d.get("barred")));
    }

    private static void send(String key, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(SOURCE, event, Instant.now());
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.APPOINTMENT, key, CODEC.write(envelope)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + event + " to " + Topics.APPOINTMENT, e);
        }
    }

    private void awaitDocument(String collection, String id, Predicate<Document> applied) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Document d = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
                    return d != null && applied.test(Objects.requireNonNull(d));
                });
    }
}
