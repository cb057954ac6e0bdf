package io.onewindow.platform.messaging.outbox;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Publishes the events waiting in aggregate outboxes to Kafka, and only then removes them.
 *
 * <p>For every {@link OutboxSource} it repeats, on a short interval, or right after
 * {@link #wakeUp(String)} for the collection that was written:
 *
 * <ol>
 *   <li><b>claim</b> up to a batch of documents with a non-empty outbox: find their ids, then one
 *       conditional {@code updateMany} sets {@code outboxClaim = {owner, token, until}} on those
 *       still unclaimed (or whose claim expired), with a token new for this round, and one
 *       {@code find} by the token among those ids reads what this round got (a single document: one conditional
 *       {@code findOneAndUpdate}); so several instances of a service do not publish the same
 *       events, and the events are read after the claim;
 *   <li><b>publish</b> their entries in order, keyed by aggregate id, with an idempotent producer
 *       ({@code acks=all}), and wait for the broker's acknowledgements;
 *   <li><b>remove</b> exactly the acknowledged entries with {@code $pull} by event id (bumping
 *       the aggregate's version, see {@link OutboxSource#versionField()}) and release the claim,
 *       for all the round's documents in one bulk write, each update only while the document still
 *       holds this round's claim token.
 * </ol>
 *
 * <p>A round that wake-ups asked for looks only at the collections that were written; the round
 * the poll interval starts looks at every collection, and it is never put off longer than the poll
 * interval by a stream of wake-ups, so writes that woke nobody (and claims a dead instance left)
 * are still found.
 *
 * <p>What can go wrong, and what then happens:
 *
 * <ul>
 *   <li>Kafka down or slow: nothing is acknowledged, nothing is removed; the document is left
 *       claimed for the current back-off and the relay retries with exponential back-off. A
 *       Kafka outage delays events, it never drops them.
 *   <li>The instance dies between publishing and removing: the claim expires and the events are
 *       published again, so delivery is at-least-once; consumers deduplicate by event id.
 *   <li>An aggregate saved as a whole document while its events are in flight: the save drops
 *       the claim, so another instance may publish the same events once more (again only a
 *       duplicate); the version bump makes a save from a read older than the removal fail
 *       instead of resurrecting published events.
 * </ul>
 *
 * <p>All state lives in MongoDB, so the relay needs nothing to survive a restart. It needs no
 * transactions: every write is atomic per document, which the MongoDB test server supports too.
 */
public final class OutboxRelay implements SmartLifecycle {

    /** The claim sub-document field: {@code {owner, until}}. */
    static final String CLAIM = "outboxClaim";

    static final String CLAIM_OWNER = CLAIM + ".owner";
    static final String CLAIM_TOKEN = CLAIM + ".token";
    static final String CLAIM_UNTIL = CLAIM + ".until";

    // Claim attempts per source and round when other instances took some of the documents found.
    private static final int CLAIM_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PENDING_REFRESH = Duration.ofSeconds(10);

    private final MongoOperations mongo;
    private final List<OutboxSource> sources;
    private final Map<String, OutboxSource> sourcesByCollection;
    private final OutboxPublisher publisher;
    private final OutboxSettings settings;
    private final Clock clock;
    private final String owner;
    private final OutboxMetrics metrics;

    // One token at most: many wake-ups while a round runs still mean one more round.
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    // What the wake-ups since the last round named: their collections, or everything.
    private final Set<String> wokenCollections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wokenAll = new AtomicBoolean();
    private final Object lifecycle = new Object();

    private volatile boolean running;
    private volatile Thread worker;
    private volatile CountDownLatch stopSignal = new CountDownLatch(0);

    // Only touched by the worker thread (or by a test calling relayOnce directly).
    private int failureStreak;
    // When the last round that a wake-up asked for started (the gap is kept between those only: a
    // round the poll interval started says nothing about a stream of saves), and whether the next
    // round is one.
    private long lastWokenRoundStartedNanos;
    private boolean anyWokenRound;
    private boolean nextRoundWoken;
    // When the last round over every source started: one is due at least every poll interval.
    private long lastFullRoundStartedNanos;
    private boolean anyFullRound;
    private final java.util.concurrent.atomic.AtomicLong rounds = new java.util.concurrent.atomic.AtomicLong();
    private Instant pendingRefreshedAt;

    OutboxRelay(
            MongoOperations mongo,
            List<OutboxSource> sources,
            OutboxPublisher publisher,
            OutboxSettings settings,
            Clock clock,
            OutboxMetrics metrics) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.sources = List.copyOf(sources);
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = metrics == null ? OutboxMetrics.NONE : metrics;
        this.owner = settings.instanceId() == null || settings.instanceId().isBlank()
                ? defaultInstanceId()
                : settings.instanceId();
        long distinct =
                this.sources.stream().map(OutboxSource::collection).distinct().count();
        if (distinct != this.sources.size()) {
            throw new IllegalArgumentException(
                    "Each collection may be registered as an outbox source once: " + sources);
        }
        Map<String, OutboxSource> byCollection = new LinkedHashMap<>();
        this.sources.forEach(source -> byCollection.put(source.collection(), source));
        this.sourcesByCollection = Map.copyOf(byCollection);
    }

    /**
     * Asks the relay to look for pending events now instead of at the next poll. Cheap and
     * non-blocking: a use case may call it right after saving an aggregate with new events.
     * Ignored while the relay backs off after a failure. The round looks at every outbox
     * collection; {@link #wakeUp(String)} names the one that was written and saves the others'
     * claims.
     */
    public void wakeUp() {
        wokenAll.set(true);
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * Asks the relay to publish the pending events of {@code collection} now: the round a wake-up
     * starts claims only from the collections woken since the last round (the periodic round still
     * looks at all). A collection that is no outbox source wakes a round over all of them.
     */
    public void wakeUp(String collection) {
        if (collection != null && sourcesByCollection.containsKey(collection)) {
            wokenCollections.add(collection);
        } else {
            wokenAll.set(true);
        }
        wakeUps.offer(Boolean.TRUE);
    }

    /** The claim owner id of this instance. */
    public String instanceId() {
        return owner;
    }

    /** The collections this relay publishes from. */
    public List<OutboxSource> sources() {
        return sources;
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (running) {
                return;
            }
            running = true;
            stopSignal = new CountDownLatch(1);
            Thread thread = new Thread(this::runLoop, "outbox-relay");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
            log.info(
                    "Outbox relay {} started for {} (poll every {}, claim {})",
                    owner,
                    sources.stream().map(OutboxSource::collection).toList(),
                    settings.pollInterval(),
                    settings.claimDuration());
        }
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (lifecycle) {
            if (!running) {
                return;
            }
            running = false;
            stopSignal.countDown();
            wakeUp();
            thread = worker;
        }
        // Let a round in flight settle what the broker acknowledged, so it is not published again
        // after the restart; a round never waits longer than send-timeout for acknowledgements.
        try {
            thread.join(settings.sendTimeout().plusSeconds(5).toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Outbox relay {} stopped", owner);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    private void runLoop() {
        while (running) {
            Duration pause;
            boolean wakeable;
            try {
                boolean woken = nextRoundWoken;
                if (nextRoundWoken) {
                    lastWokenRoundStartedNanos = System.nanoTime();
                    anyWokenRound = true;
                    nextRoundWoken = false;
                }
                Round round = relayOnce(roundSources(woken));
                if (round.failed() > 0 && round.published() == 0) {
                    pause = backoff(++failureStreak);
                    wakeable = false;
                    logFailure(round);
                } else {
                    if (failureStreak > 0) {
                        log.info("Outbox relay {} publishes again after {} failed rounds", owner, failureStreak);
                    }
                    // Some documents may still have failed (e.g. a record the broker refuses); they
                    // keep their own retry time, while the relay as a whole is healthy.
                    failureStreak = 0;
                    pause = round.fullBatch() ? Duration.ZERO : settings.pollInterval();
                    wakeable = true;
                }
            } catch (RuntimeException e) {
                // MongoDB unreachable or similar: nothing was removed, so nothing is lost.
                pause = backoff(++failureStreak);
                wakeable = false;
                if (failureStreak == 1) {
                    log.warn("Outbox relay {} round failed; retrying with back-off", owner, e);
                } else {
                    log.debug("Outbox relay {} round failed again ({})", owner, failureStreak, e);
                }
            }
            try {
                pause(pause, wakeable);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pause(Duration pause, boolean wakeable) throws InterruptedException {
        if (pause.isZero() || !running) {
            return;
        }
        if (wakeable) {
            Boolean woken = wakeUps.poll(pause.toMillis(), TimeUnit.MILLISECONDS);
            if (woken == null) {
                return;
            }
            nextRoundWoken = true;
            long sinceLastWokenRound = System.nanoTime() - lastWokenRoundStartedNanos;
            long gap = settings.wakeUpGap().toNanos();
            if (anyWokenRound && sinceLastWokenRound < gap) {
                // A stream of wake-ups: one round per gap serves all the saves in it. A round the
                // poll interval started just before does not delay a wake-up after a quiet spell.
                stopSignal.await(gap - sinceLastWokenRound, TimeUnit.NANOSECONDS);
            }
        } else {
            // Backing off: wake-ups must not turn a Kafka outage into a tight retry loop.
            stopSignal.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void logFailure(Round round) {
        if (failureStreak == 1) {
            log.warn(
                    "Outbox relay {} could not publish {} events; they stay in their outboxes and are retried",
                    owner,
                    round.failed());
        } else {
            log.debug(
                    "Outbox relay {}: {} events still unpublished after {} rounds",
                    owner,
                    round.failed(),
                    failureStreak);
        }
    }

    /** Rounds started so far: how many times the outbox collections were looked at. */
    long rounds() {
        return rounds.get();
    }

    /**
     * The sources the next round looks at: those the wake-ups named, when a wake-up started it and
     * a round over all of them is not due; otherwise all.
     */
    private List<OutboxSource> roundSources(boolean woken) {
        long now = System.nanoTime();
        boolean fullDue = !anyFullRound
                || now - lastFullRoundStartedNanos >= settings.pollInterval().toNanos();
        boolean all = wokenAll.getAndSet(false);
        List<OutboxSource> named = new ArrayList<>();
        for (OutboxSource source : sources) {
            // Every named collection is taken off the set, also when this round looks at all.
            if (wokenCollections.remove(source.collection())) {
                named.add(source);
            }
        }
        if (!woken || all || fullDue) {
            lastFullRoundStartedNanos = now;
            anyFullRound = true;
            return sources;
        }
        return named;
    }

    /** One pass over every source; callable directly by tests. */
    Round relayOnce() {
        return relayOnce(sources);
    }

    /** One pass over the given sources: what the loop runs. */
    Round relayOnce(Collection<OutboxSource> roundSources) {
        rounds.incrementAndGet();
        Round total = Round.NONE;
        for (OutboxSource source : roundSources) {
            total = total.plus(relay(source));
        }
        refreshPending();
        return total;
    }

    private Round relay(OutboxSource source) {
        MongoCollection<Document> collection = mongo.getCollection(source.collection());
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        List<Document> claimed = claim(collection, now, token);
        if (claimed.isEmpty()) {
            return Round.NONE;
        }

        Map<Object, List<Sending>> byDocument = new LinkedHashMap<>();
        boolean brokerUnreachable = false;
        for (Document document : claimed) {
            List<Sending> sendings = new ArrayList<>();
            byDocument.put(document.get("_id"), sendings);
            for (PendingEvent event : pendingEvents(source, document)) {
                if (brokerUnreachable) {
                    break;
                }
                CompletableFuture<?> ack;
                try {
                    ack = publisher.publish(event);
                } catch (RuntimeException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
                sendings.add(new Sending(event, ack));
                // A send that failed before returning waited max.block.ms for the broker: do not
                // wait that long again for every remaining entry of this round.
                brokerUnreachable = ack.isCompletedExceptionally();
            }
        }
        awaitAcknowledgements(byDocument);

        int published = 0;
        int failed = 0;
        Instant retryAt = clock.instant().plus(backoff(failureStreak + 1));
        List<Settlement> settlements = new ArrayList<>();
        for (Document document : claimed) {
            List<Sending> sendings = byDocument.get(document.get("_id"));
            List<String> acknowledged = new ArrayList<>();
            for (Sending sending : sendings) {
                if (sending.acknowledged()) {
                    acknowledged.add(sending.event().eventId());
                } else {
                    failed++;
                }
            }
            int entries = document.getList(OutboxEntry.FIELD, Object.class).size();
            boolean complete = acknowledged.size() == entries;
            failed += entries - sendings.size();
            settlements.add(new Settlement(document, acknowledged, complete));
            published += acknowledged.size();
        }
        settle(collection, source, token, settlements, retryAt);
        if (published > 0) {
            metrics.published(source, published);
        }
        if (failed > 0) {
            metrics.failed(source, failed);
        }
        return new Round(published, failed, claimed.size() >= settings.batchSize());
    }

    /**
     * Claims up to a batch of pending documents for this round and reads them as claimed: ids
     * found, one conditional {@code updateMany} that sets this round's token on those still
     * claimable, one {@code find} by the token among the ids tried, so MongoDB reads the batch
     * from the {@code _id} index instead of scanning the collection for the token (a single id
     * found is claimed and read in one {@code findOneAndUpdate} instead). Another instance that
     * claimed some of the ids in between
     * keeps them (the condition fails for those); the remaining places are sought again a few
     * times.
     */
    private List<Document> claim(MongoCollection<Document> collection, Instant now, String token) {
        Bson claimable = Filters.and(
                Filters.exists(OutboxEntry.FIELD + ".0"),
                Filters.or(Filters.eq(CLAIM, null), Filters.lte(CLAIM_UNTIL, Date.from(now))));
        Bson claim = Updates.set(
                CLAIM,
                new Document("owner", owner)
                        .append("token", token)
                        .append("until", Date.from(now.plus(settings.claimDuration()))));
        List<Document> claimedOneByOne = new ArrayList<>();
        List<Object> tried = new ArrayList<>();
        long claimed = 0;
        boolean claimedMany = false;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS && claimed < settings.batchSize(); attempt++) {
            List<Object> ids = new ArrayList<>();
            collection
                    .find(claimable)
                    .projection(Projections.include("_id"))
                    .limit((int) (settings.batchSize() - claimed))
                    .forEach(found -> ids.add(found.get("_id")));
            if (ids.isEmpty()) {
                break;
            }
            tried.addAll(ids);
            long taken;
            if (ids.size() == 1) {
                // The usual case of a quiet service: one save woke the relay.
                Document document = collection.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", ids.get(0)), claimable),
                        claim,
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                if (document != null) {
                    claimedOneByOne.add(document);
                }
                taken = document == null ? 0 : 1;
            } else {
                taken = collection
                        .updateMany(Filters.and(Filters.in("_id", ids), claimable), claim)
                        .getModifiedCount();
                claimedMany |= taken > 0;
            }
            claimed += taken;
            if (taken == ids.size()) {
                break;
            }
        }
        if (!claimedMany) {
            return claimedOneByOne;
        }
        // Also returns those claimed one by one in this round: they carry the same token, and every
        // document this round can hold is among the ids it tried.
        return collection
                .find(Filters.and(Filters.in("_id", tried), Filters.eq(CLAIM_TOKEN, token)))
                .into(new ArrayList<>());
    }

    private List<PendingEvent> pendingEvents(OutboxSource source, Document document) {
        Object id = document.get("_id");
        List<PendingEvent> events = new ArrayList<>();
        for (Object element : document.getList(OutboxEntry.FIELD, Object.class)) {
            if (!(element instanceof Document entry)
                    || entry.getString("eventId") == null
                    || entry.getString("payload") == null) {
                // Cannot be published nor removed by id; left for a person to look at. Entries
                // after it are still published: they belong to the same aggregate, but holding
                // them back forever would be worse than this one gap in order.
                log.error("Outbox of {}/{} holds a malformed entry, skipped: {}", source.collection(), id, element);
                continue;
            }
            String topic = entry.getString("topic");
            String key = entry.getString("key");
            events.add(new PendingEvent(
                    id,
                    entry.getString("eventId"),
                    topic == null ? source.topic() : topic,
                    key == null ? String.valueOf(id) : key,
                    entry.getString("payload"),
                    headers(entry.get("headers"))));
        }
        return events;
    }

    private static Map<String, String> headers(Object value) {
        if (!(value instanceof Document document) || document.isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        document.forEach((name, header) -> {
            if (header != null) {
                headers.put(name, String.valueOf(header));
            }
        });
        return headers;
    }

    private void awaitAcknowledgements(Map<Object, List<Sending>> byDocument) {
        CompletableFuture<?>[] acks = byDocument.values().stream()
                .flatMap(List::stream)
                .map(Sending::ack)
                .toArray(CompletableFuture[]::new);
        try {
            // Every future settles within delivery.timeout.ms (= send-timeout); the extra second
            // covers scheduling. Unsettled ones count as failed and are published again later.
            CompletableFuture.allOf(acks)
                    .get(settings.sendTimeout().plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // Per-entry outcome is read below.
        }
    }

    /**
     * Removes each document's acknowledged entries and releases (or, when some failed, extends)
     * its claim, in one bulk write whose updates each hold only while the document keeps this
     * round's claim token. When some no longer do (the aggregate was saved as a whole, or the claim
     * expired and another instance holds it now), their acknowledged entries are published all the
     * same: a second bulk write removes them where they still are, and leaves the other claim alone.
     */
    private void settle(
            MongoCollection<Document> collection,
            OutboxSource source,
            String token,
            List<Settlement> settlements,
            Instant retryAt) {
        List<WriteModel<Document>> owned = new ArrayList<>();
        List<WriteModel<Document>> unowned = new ArrayList<>();
        for (Settlement settlement : settlements) {
            Object id = settlement.document().get("_id");
            List<Bson> removal = new ArrayList<>();
            if (!settlement.acknowledged().isEmpty()) {
                removal.add(Updates.pullByFilter(new Document(
                        OutboxEntry.FIELD, new Document("eventId", new Document("$in", settlement.acknowledged())))));
                if (source.versionField() != null && settlement.document().containsKey(source.versionField())) {
                    removal.add(Updates.inc(source.versionField(), 1));
                }
                unowned.add(new UpdateOneModel<>(
                        Filters.and(
                                Filters.eq("_id", id),
                                Filters.in(OutboxEntry.FIELD + ".eventId", settlement.acknowledged())),
                        Updates.combine(removal)));
            }
            // Release the claim when all went out; otherwise keep it until retryAt so this document
            // is not retried before the back-off, while other documents still get their turn.
            Bson claim = settlement.complete() ? Updates.unset(CLAIM) : Updates.set(CLAIM_UNTIL, Date.from(retryAt));
            List<Bson> updates = new ArrayList<>(removal);
            updates.add(claim);
            owned.add(new UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", id), Filters.eq(CLAIM_TOKEN, token)), Updates.combine(updates)));
        }
        BulkWriteResult result = collection.bulkWrite(owned, new BulkWriteOptions().ordered(false));
        if (result.getMatchedCount() < owned.size() && !unowned.isEmpty()) {
            // Matches only documents that still hold acknowledged entries, i.e. those the first
            // write missed: the others were settled and bump their version only once.
            collection.bulkWrite(unowned, new BulkWriteOptions().ordered(false));
        }
    }

    private void refreshPending() {
        Instant now = clock.instant();
        if (pendingRefreshedAt != null
                && Duration.between(pendingRefreshedAt, now).compareTo(PENDING_REFRESH) < 0) {
            return;
        }
        pendingRefreshedAt = now;
        for (OutboxSource source : sources) {
            long documents =
                    mongo.getCollection(source.collection()).countDocuments(Filters.exists(OutboxEntry.FIELD + ".0"));
            metrics.pending(source, documents);
        }
    }

    private Duration backoff(int failures) {
        Duration pause = settings.retryBackoff();
        for (int i = 1; i < failures && pause.compareTo(settings.maxRetryBackoff()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : pause;
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        return host + "-" + pid + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Settlement(Document document, List<String> acknowledged, boolean complete) {}

    private record Sending(PendingEvent event, CompletableFuture<?> ack) {

        boolean acknowledged() {
            return ack.isDone() && !ack.isCompletedExceptionally() && !ack.isCancelled();
        }
    }

    /**
     * What one round did.
     *
     * @param published events acknowledged and removed
     * @param failed events left in their outboxes
     * @param fullBatch a source had at least a batch of documents, so more may be waiting
     */
    record Round(int published, int failed, boolean fullBatch) {

        static final Round NONE = new Round(0, 0, false);

        Round plus(Round other) {
            return new Round(published + other.published, failed + other.failed, fullBatch || other.fullBatch);
        }
    }
}
