package io.onewindow.bench.supervision;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Supervision's projection under a burst, beside a plain consumer of the same records, in one
 * run on one machine.
 *
 * <ol>
 *   <li><b>scenario</b>: supervision-service runs from its executable jar in a child JVM
 *       ({@link BenchPlatform}) against
 *       the bench's MongoDB-protocol server and KRaft broker. The bench publishes, as fast as one
 *       producer goes, the approval events of C cases ({@code ApplicationSubmitted},
 *       {@code ApplicationAccepted}, {@code StepCompleted}, {@code ApplicationApproved},
 *       {@code ApplicationCompleted}: 5 C events, 10,000 by default) onto
 *       {@code onewindow.approval.events}, as CloudEvents JSON written by platform-messaging's
 *       {@link EventCodec} and keyed by case id, as approval-service's outbox relay does. An event
 *       counts as applied when the committed offset of supervision's consumer group
 *       {@code supervision-approval} has passed it ({@link GroupProgress}: Kafka's admin API, every
 *       50 ms; the listener commits once every record of a poll is applied); lag = the bench's
 *       wall clock when that was first seen − the wall clock at send. Throughput = events / (last
 *       applied − first send).
 *   <li><b>reference</b>: a plain {@code KafkaConsumer} (new group, from the beginning, string
 *       values, no processing) reading the same records off the same topic: records/s, the best
 *       of three reads after one warm-up read.
 * </ol>
 *
 * Ratio = projection events/s / raw consume records/s. Arguments (all optional): {@code cases},
 * default {@code 2000}.
 */
public final class SupervisionLagBench {

    static final String SOURCE = "/onewindow/approval-service";
    static final String DEPARTMENT = "market-regulation";
    static final String MATTER = "BENCH-SV-001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String CONSUMER = "supervision-approval";
    static final Duration DRAIN_LIMIT = Duration.ofMinutes(15);
    static final String DATABASE = "bench_supervision";
    static final Duration START_LIMIT = Duration.ofMinutes(10);

    private SupervisionLagBench() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        EventCodec codec = new EventCodec();

        int exit = 0;
        try (KafkaProducer<String, String> producer = producer(kafka);
                GroupProgress progress = new GroupProgress(kafka, CONSUMER);
                PlatformProcesses platform = BenchPlatform.processes(new BenchTokens(), mongoUri, kafka)
                        .environment(PlatformApplication.SUPERVISION, Map.of("MONGODB_DATABASE", DATABASE))
                        // A machine shared by several builds may take minutes to start a Spring application.
                        .startTimeout(START_LIMIT)
                        .start(PlatformApplication.SUPERVISION)) {

            // Warm-up: the matter, and one case, until applied: the listener has its partitions.
            LocalDateTime day = LocalDateTime.of(2026, 3, 2, 9, 0);
            List<Future<RecordMetadata>> warmUp = new ArrayList<>();
            warmUp.add(send(producer, codec, MATTER, matterVersion(day)));
            for (DomainEvent event : story("bench-sv-warm-up", day)) {
                warmUp.add(send(producer, codec, "bench-sv-warm-up", event));
            }
            producer.flush();
            progress.awaitApplied(metadata(warmUp), Duration.ofMinutes(3));

            System.out.printf(
                    "SupervisionLagBench: %d cores, Java %s, %d cases x 5 events = %d events; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    cases,
                    cases * 5,
                    platform);

            // Encoded before the clock starts, so the burst is as fast as the producer.
            List<List<DomainEvent>> stories = new ArrayList<>();
            for (int c = 0; c < cases; c++) {
                stories.add(story("bench-sv-" + c, day.plusMinutes(c % 400)));
            }
            List<ProducerRecord<String, String>> burst = new ArrayList<>();
            for (int stage = 0; stage < 5; stage++) {
                for (int c = 0; c < cases; c++) {
                    DomainEvent event = stories.get(c).get(stage);
                    EventEnvelope<DomainEvent> envelope =
                            EventEnvelope.wrap(SOURCE, event, stageTime(day.plusMinutes(c % 400), stage));
                    burst.add(new ProducerRecord<>(Topics.APPROVAL, event.aggregateId(), codec.write(envelope)));
                }
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(burst.size());
            long[] sentAtMillis = new long[burst.size()];
            long firstSend = System.currentTimeMillis();
            long burstStart = System.nanoTime();
            for (int i = 0; i < burst.size(); i++) {
                sent.add(producer.send(burst.get(i)));
                sentAtMillis[i] = System.currentTimeMillis();
            }
            producer.flush();
            double publishSeconds = (System.nanoTime() - burstStart) / 1e9;
            System.out.printf(
                    "published %d events in %.2f s (%.0f/s, acknowledged)%n",
                    burst.size(), publishSeconds, burst.size() / publishSeconds);

            long[] appliedAtMillis = progress.awaitApplied(metadata(sent), DRAIN_LIMIT);
            double drainSeconds = (System.nanoTime() - burstStart) / 1e9;

            Histogram lag = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
            long lastApplied = 0;
            for (int i = 0; i < burst.size(); i++) {
                lag.recordValue(Math.max(0, appliedAtMillis[i] - sentAtMillis[i]));
                lastApplied = Math.max(lastApplied, appliedAtMillis[i]);
            }
            int matched = burst.size();
            double projectionSeconds = (lastApplied - firstSend) / 1e3;
            double projectionRate = matched / projectionSeconds;

            int total = warmUp.size() + burst.size();
            // The reference reads 10,000 small records in tens of milliseconds: read them once to warm
            // up the consumer code, then take the best of three reads.
            rawConsume(kafka, total, false);
            double rawRate = 0;
            for (int read = 0; read < 3; read++) {
                rawRate = Math.max(rawRate, rawConsume(kafka, total, false));
            }
            // Not the ratio's reference: the same plain consumer committing synchronously after
            // every record, as a listener container with AckMode.RECORD does.
            double committingRate = rawConsume(kafka, Math.min(total, 2000), true);

            System.out.printf(
                    "%-48s n=%-8d %10.1f events/s   lag p50=%8.1f ms   p99=%8.1f ms   max=%8.1f ms   (drained in %.1f s)%n",
                    "projection: publish -> applied (group offsets)",
                    matched,
                    projectionRate,
                    (double) lag.getValueAtPercentile(50),
                    (double) lag.getValueAtPercentile(99),
                    (double) lag.getMaxValue(),
                    drainSeconds);
            System.out.printf(
                    "%-48s n=%-8d %10.1f records/s%n",
                    "reference: plain KafkaConsumer, same records", warmUp.size() + burst.size(), rawRate);
            System.out.printf(
                    "%-48s n=%-8d %10.1f records/s%n",
                    "diagnostic: plain consumer, commitSync per record", Math.min(total, 2000), committingRate);
            System.out.printf("ratio projection events/s / raw consume records/s = %.4f%n", projectionRate / rawRate);

            // Full replay: the projection rebuilt from the topic's beginning by a new consumer group
            // on an empty database (stop, delete the group and the database, start again).
            Replay replay = replay(platform, progress, mongoUri, metadata(warmUp), metadata(sent));
            System.out.printf(
                    "%-48s n=%-8d %10.1f events/s   (first commit %.1f s after the restart, %d events in it; last %.1f s after)%n",
                    "full replay: new group, empty database",
                    replay.counted(),
                    replay.rate(),
                    replay.firstSeconds(),
                    replay.inFirst(),
                    replay.lastSeconds());
            System.out.printf("ratio replay events/s / raw consume records/s = %.4f%n", replay.rate() / rawRate);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        // Stopped here rather than in the shutdown hook, where it races the deletion of its log directory.
        SharedKafkaBroker.shared().destroy();
        System.exit(exit);
    }

    /**
     * What the full replay did: events applied after the first commit seen, and their rate (the
     * first commit's events are not counted: the consumer started reading before it, at a time the
     * group offsets do not show); the seconds from the restart to the first and the last commit.
     */
    record Replay(int counted, double rate, double firstSeconds, int inFirst, double lastSeconds) {}

    static Replay replay(
            PlatformProcesses platform,
            GroupProgress progress,
            String mongoUri,
            List<RecordMetadata> warmUp,
            List<RecordMetadata> burst)
            throws Exception {
        platform.stop(PlatformApplication.SUPERVISION);
        progress.delete(Duration.ofMinutes(2));
        try (MongoClient client = MongoClients.create(mongoUri)) {
            client.getDatabase(DATABASE).drop();
        }
        List<RecordMetadata> all = new ArrayList<>(warmUp);
        all.addAll(burst);
        long restart = System.currentTimeMillis();
        Thread starter = new Thread(() -> platform.restart(PlatformApplication.SUPERVISION), "restart-supervision");
        starter.start();
        long[] applied = progress.awaitApplied(all, DRAIN_LIMIT);
        starter.join();
        long first = Long.MAX_VALUE;
        long last = 0;
        for (long at : applied) {
            first = Math.min(first, at);
            last = Math.max(last, at);
        }
        int inFirst = 0;
        for (long at : applied) {
            if (at == first) {
                inFirst++;
            }
        }
        int counted = applied.length - inFirst;
        double rate = last > first ? counted / ((last - first) / 1e3) : Double.NaN;
        return new Replay(counted, rate, (first - restart) / 1e3, inFirst, (last - restart) / 1e3);
    }

    /** One case's approval events, in order. */
    static List<DomainEvent> story(String caseId, LocalDateTime submitted) {
        String number = "AP-" + caseId;
        Instant received = submitted.atZone(ZONE).toInstant();
        Instant accepted = submitted.plusHours(1).atZone(ZONE).toInstant();
        Instant reviewed = submitted.plusDays(1).atZone(ZONE).toInstant();
        Instant decided = submitted.plusDays(2).atZone(ZONE).toInstant();
        Instant completed = submitted.plusDays(2).plusHours(2).atZone(ZONE).toInstant();
        LocalDate promised = submitted.toLocalDate().plusDays(14);
        LocalDate statutory = submitted.toLocalDate().plusDays(28);
        return List.of(
                new ApplicationSubmitted(
                        caseId,
                        number,
                        MATTER,
                        1,
                        DEPARTMENT,
                        Channel.ONLINE,
                        "PERSON",
                        "440113********1235",
                        null,
                        "citizen-" + caseId,
                        received,
                        "bench-pseudonym-" + caseId),
                new ApplicationAccepted(
                        caseId, number, MATTER, DEPARTMENT, accepted, statutory, promised, "officer1", false),
                new StepCompleted(
                        caseId,
                        number,
                        MATTER,
                        DEPARTMENT,
                        "review",
                        "审查",
                        "approver1",
                        "approver",
                        reviewed,
                        true,
                        5,
                        1),
                new ApplicationApproved(
                        caseId,
                        number,
                        MATTER,
                        "个体工商户设立登记",
                        1,
                        DEPARTMENT,
                        null,
                        ApplicationApproved.RESIDENT_ID,
                        "440113********1235",
                        null,
                        "approver1",
                        decided),
                new ApplicationCompleted(
                        caseId,
                        number,
                        MATTER,
                        DEPARTMENT,
                        "APPROVED",
                        accepted,
                        statutory,
                        promised,
                        2,
                        "officer1",
                        completed));
    }

    private static Instant stageTime(LocalDateTime submitted, int stage) {
        LocalDateTime[] times = {
            submitted,
            submitted.plusHours(1),
            submitted.plusDays(1),
            submitted.plusDays(2),
            submitted.plusDays(2).plusHours(2)
        };
        return times[stage].atZone(ZONE).toInstant();
    }

    static MatterVersionPublished matterVersion(LocalDateTime at) {
        return new MatterVersionPublished(
                MATTER,
                1,
                "个体工商户设立登记",
                DEPARTMENT,
                "01",
                "2",
                List.of("PERSON"),
                "《促进个体工商户发展条例》第八条",
                15,
                3,
                "0",
                "",
                false,
                true,
                null,
                List.of(new MatterVersionPublished.Step("review", "审查", "approver", 2)),
                List.of(new MatterVersionPublished.Material("id-card", "申请人身份证明", "COPY", true, "", null)),
                List.of("panyu-district-center"),
                "catalogadmin1",
                at.minusDays(30).atZone(ZONE).toInstant());
    }

    private static Future<RecordMetadata> send(
            KafkaProducer<String, String> producer, EventCodec codec, String key, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(SOURCE, event, Instant.now());
        return producer.send(new ProducerRecord<>(Topics.APPROVAL, key, codec.write(envelope)));
    }

    /** Where each sent record landed (partition and offset), once acknowledged. */
    private static List<RecordMetadata> metadata(List<Future<RecordMetadata>> sent) throws Exception {
        List<RecordMetadata> records = new ArrayList<>(sent.size());
        for (Future<RecordMetadata> future : sent) {
            records.add(future.get(1, TimeUnit.MINUTES));
        }
        return records;
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        // Not idempotent: on the loaded shared machine the in-JVM broker once answered the burst's
        // first batch with OutOfOrderSequenceException (the producer had restarted its sequence at 0,
        // the broker held the warm-up's) and the producer retried it for ten minutes. One request in
        // flight keeps each case's events in order through retries (a retried batch may be written
        // twice; supervision drops the copy by event id), large batches keep the burst fast.
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // An overloaded shared machine once held the warm-up past the default two minutes.
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) START_LIMIT.toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(properties);
    }

    /**
     * Records/s of a plain consumer reading {@code records} records of the approval topic from the
     * beginning, committing each record's offset synchronously if {@code commitEach}.
     */
    static double rawConsume(String kafka, int records, boolean commitEach) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(Topics.APPROVAL));
            long read = 0;
            long bytes = 0;
            long first = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (read < records && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty() && first == 0) {
                    first = System.nanoTime();
                }
                for (var record : batch) {
                    read++;
                    bytes += record.value() == null ? 0 : record.value().length();
                    if (commitEach) {
                        consumer.commitSync(Map.of(
                                new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            }
            double seconds = (System.nanoTime() - first) / 1e9;
            System.out.printf(
                    "raw consume%s: %d records (%d chars) in %.3f s%n",
                    commitEach ? " (commitSync per record)" : "", read, bytes, seconds);
            return read / seconds;
        }
    }
}
