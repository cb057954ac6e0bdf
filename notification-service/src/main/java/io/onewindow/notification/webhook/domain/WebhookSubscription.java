package io.onewindow.notification.webhook.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.notification.WebhookSubscriptionChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partner system's subscription to its department's events: which types, to which endpoint, signed
 * with which secret. An administrator creates it (the secret shown once), disables and enables it,
 * rotates the secret (the previous one stays valid, and is signed with too, until {@code
 * previousSecretUntil}) and deletes it (kept, hidden, never sent to again). Each change records {@link
 * WebhookSubscriptionChanged}.
 */
public class WebhookSubscription extends AggregateRoot {

    private String id;
    private String partnerClientId;
    private String department;
    private List<String> eventTypes;
    private String url;
    private String description;
    private boolean active;
    private boolean deleted;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    private Instant secretRotatedAt;
    private String createdBy;
    private Instant createdAt;

    WebhookSubscription() {}

    /** What an administrator asks for. */
    public record Request(
            String partnerClientId, String department, List<String> eventTypes, WebhookUrl url, String description) {

        public Request {
            Objects.requireNonNull(partnerClientId, "partnerClientId");
            Objects.requireNonNull(department, "department");
            eventTypes = WebhookEventTypes.requireSubscribable(eventTypes);
            Objects.requireNonNull(url, "url");
        }
    }

    /** A new, active subscription. */
    public static WebhookSubscription create(String id, Request request, SigningSecret secret, String by, Instant at) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = Objects.requireNonNull(id, "id");
        s.partnerClientId = request.partnerClientId();
        s.department = request.department();
        s.eventTypes = request.eventTypes();
        s.url = request.url().value();
        s.description = request.description();
        s.active = true;
        s.secret = secret.value();
        s.createdBy = by;
        s.createdAt = Objects.requireNonNull(at, "at");
        s.changed("CREATED", by, at);
        return s;
    }

    /** Whether an event of {@code type} of {@code eventDepartment} is to be delivered to this subscription. */
    public boolean wants(String type, String eventDepartment) {
        return isLive() && eventTypes.contains(type) && department.equals(eventDepartment);
    }

    /** Active and not deleted: deliveries are made and sent. */
    public boolean isLive() {
        return active && !deleted;
    }

    /** Stops sending; pending deliveries wait until it is enabled again. Disabling it again changes nothing. */
    public boolean disable(String by, Instant at) {
        requireNotDeleted();
        if (!active) {
            return false;
        }
        active = false;
        changed("DISABLED", by, at);
        return true;
    }

    /** Sends again. Enabling it again changes nothing. */
    public boolean enable(String by, Instant at) {
        requireNotDeleted();
        if (active) {
            return false;
        }
        active = true;
        changed("ENABLED", by, at);
        return true;
    }

    /** A new secret; the current one stays valid for {@code grace} (signed with as well until then). */
    public void rotateSecret(SigningSecret fresh, Duration grace, String by, Instant at) {
        requireNotDeleted();
        previousSecret = grace.isZero() || grace.isNegative() ? null : secret;
        previousSecretUntil = previousSecret == null ? null : at.plus(grace);
        secret = fresh.value();
        secretRotatedAt = at;
        changed("SECRET_ROTATED", by, at);
    }

    /** Deleted: hidden, never sent to again. */
    public void delete(String by, Instant at) {
        requireNotDeleted();
        deleted = true;
        active = false;
        changed("DELETED", by, at);
    }

    /** The secrets a delivery sent at {@code at} is signed with: the current one, then the previous one in its grace period. */
    public List<SigningSecret> secretsAt(Instant at) {
        List<SigningSecret> secrets = new ArrayList<>();
        secrets.add(new SigningSecret(secret));
        if (previousSecret != null && previousSecretUntil != null && at.isBefore(previousSecretUntil)) {
            secrets.add(new SigningSecret(previousSecret));
        }
        return secrets;
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new ConflictException("webhook.deleted", "subscription " + id + " is deleted");
        }
    }

    private void changed(String change, String by, Instant at) {
        record(new WebhookSubscriptionChanged(id, partnerClientId, department, eventTypes, change, isLive(), by, at));
    }

    public String id() {
        return id;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    public String department() {
        return department;
    }

    public List<String> eventTypes() {
        return eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public boolean deleted() {
        return deleted;
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    public Instant secretRotatedAt() {
        return secretRotatedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The current secret, for answering it once after creation or rotation. */
    public SigningSecret secret() {
        return new SigningSecret(secret);
    }
}
