package io.onewindow.notification.webhook;

import io.onewindow.notification.config.WebhookSettings;
import io.onewindow.notification.webhook.domain.SigningSecret;
import io.onewindow.notification.webhook.domain.WebhookEventTypes;
import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.onewindow.notification.webhook.domain.WebhookUrl;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Administering partner webhook subscriptions: a platform admin for any department, a department admin
 * for their own (another department's subscription is "not found" to them). The partner client must be
 * the department's registered partner system ({@link PartnerSystems}). The signing secret is answered
 * only by {@link #create} and {@link #rotateSecret}.
 */
@UseCase
public class WebhookSubscriptions {

    /** Order of {@link #list}: the newest first. */
    public static final org.springframework.data.domain.Sort LIST_ORDER = SubscriptionStore.NEWEST_FIRST;

    private final SubscriptionStore subscriptions;
    private final PartnerSystems partners;
    private final WebhookSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(
            SubscriptionStore subscriptions, PartnerSystems partners, WebhookSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an administrator asks for. */
    public record Subscribe(
            String partnerClientId, String department, List<String> eventTypes, String url, String description) {}

    /** A subscription with its secret, answered once. */
    public record WithSecret(WebhookSubscription subscription, SigningSecret secret) {}

    /**
     * A new active subscription with a fresh secret.
     *
     * @throws AccessRefusedException {@code webhook.other-department} for a department admin of another department
     * @throws InvalidValueException {@code webhook.unknown-event-type}, {@code webhook.url-invalid},
     *     {@code webhook.partner-not-registered}
     */
    public WithSecret create(Caller caller, Subscribe request) {
        if (!WebhookAccess.administers(caller, request.department())) {
            throw new AccessRefusedException(
                    "webhook.other-department",
                    "webhooks of department " + request.department() + " are its own or a platform admin's",
                    request.department());
        }
        WebhookSubscription.Request checked = new WebhookSubscription.Request(
                request.partnerClientId(),
                request.department(),
                WebhookEventTypes.requireSubscribable(request.eventTypes()),
                WebhookUrl.of(request.url(), settings.allowHttpLoopback()),
                blankToNull(request.description()));
        if (!partners.of(request.department())
                .map(request.partnerClientId()::equals)
                .orElse(false)) {
            throw new InvalidValueException(
                    "webhook.partner-not-registered",
                    "partnerClientId",
                    request.partnerClientId() + " is not the registered partner system of " + request.department(),
                    request.partnerClientId(),
                    request.department());
        }
        SigningSecret secret = SigningSecret.generate(random);
        WebhookSubscription created = subscriptions.add(WebhookSubscription.create(
                UUID.randomUUID().toString(), checked, secret, caller.username(), clock.instant()));
        return new WithSecret(created, secret);
    }

    /** The subscriptions the caller administers, one page, newest first. */
    public Page<WebhookSubscription> list(Caller caller, Pageable page) {
        return subscriptions.list(WebhookAccess.scopeOf(caller), page);
    }

    /**
     * One subscription the caller administers.
     *
     * @throws NotFoundException when there is none, it is deleted, or it is another department's
     */
    public WebhookSubscription get(Caller caller, String id) {
        return subscriptions
                .find(id)
                .filter(s -> !s.deleted() && WebhookAccess.administers(caller, s.department()))
                .orElseThrow(() -> new NotFoundException("webhook-subscription", id));
    }

    /** Stops sending (pending deliveries wait); again: no change. */
    public WebhookSubscription disable(Caller caller, String id) {
        get(caller, id);
        return subscriptions.change(id, s -> s.disable(caller.username(), clock.instant()));
    }

    /** Sends again; again: no change. */
    public WebhookSubscription enable(Caller caller, String id) {
        get(caller, id);
        return subscriptions.change(id, s -> s.enable(caller.username(), clock.instant()));
    }

    /** A new secret, answered once; the previous one stays valid for {@code secret-grace}. */
    public WithSecret rotateSecret(Caller caller, String id) {
        get(caller, id);
        SigningSecret fresh = SigningSecret.generate(random);
        WebhookSubscription rotated = subscriptions.change(
                id, s -> s.rotateSecret(fresh, settings.secretGrace(), caller.username(), clock.instant()));
        return new WithSecret(rotated, fresh);
    }

    /** Deletes it (hidden, never sent to again), if it still is as the caller last read it. */
    public void delete(Caller caller, String id, Precondition<WebhookSubscription> expected) {
        get(caller, id);
        subscriptions.change(id, s -> {
            expected.existing(s);
            s.delete(caller.username(), clock.instant());
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
