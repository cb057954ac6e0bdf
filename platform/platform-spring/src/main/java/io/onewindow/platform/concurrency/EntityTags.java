package io.onewindow.platform.concurrency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strong {@code ETag} of a resource's state: the SHA-256 of the JSON of its representation (map
 * entries sorted, so equal states give equal tags on every instance). A content hash rather than the
 * store's document version, because the outbox relay bumps that version when it removes published
 * events, which would change the tag without any change a client could see.
 *
 * <p>The representation must be a function of the stored state only (no clock, caller or outcome of
 * the request in it): a controller tags the same view it answers a GET with, and hands the same
 * function to {@link IfMatch#on} for the update's check.
 */
public class EntityTags {

    private final JsonMapper json;

    public EntityTags(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json")
                .rebuild()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** The quoted strong entity tag of {@code representation}, e.g. {@code "3q2-…"}. */
    public String of(Object representation) {
        byte[] bytes = json.writeValueAsBytes(representation);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * A 200 answer carrying {@code body} and the tag of {@code state} (the representation a GET
     * answers; {@code body} may add what only this request knows, such as cancelled bookings). A GET
     * whose {@code If-None-Match} matches is answered 304 by Spring MVC.
     */
    public <T> ResponseEntity<T> ok(T body, Object state) {
        return ResponseEntity.ok().eTag(of(state)).body(body);
    }

    /** A 200 answer carrying {@code representation} and its tag. */
    public <T> ResponseEntity<T> ok(T representation) {
        return ok(representation, representation);
    }
}
