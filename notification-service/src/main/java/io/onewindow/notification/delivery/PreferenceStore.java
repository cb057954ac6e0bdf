package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.ChannelPreferences;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The channel preferences in {@code channel_preferences}, one document per account. */
@Component
class PreferenceStore {

    private final MongoTemplate mongo;

    PreferenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<ChannelPreferences> of(String owner) {
        return Optional.ofNullable(mongo.findById(owner, PreferencesDocument.class))
                .map(PreferencesDocument::toPreferences);
    }

    /** Replaces the account's preferences (last write wins: they are the person's own, from one device at a time). */
    ChannelPreferences save(ChannelPreferences preferences) {
        mongo.save(PreferencesDocument.of(preferences));
        return preferences;
    }

    /**
     * The preferences of the account a notice's recipient key belongs to; of two accounts sharing the
     * key (an enterprise's credit code) the one changed last.
     */
    Optional<ChannelPreferences> forRecipient(String recipient) {
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("keys").is(recipient))
                                .with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                                .limit(1),
                        PreferencesDocument.class))
                .map(PreferencesDocument::toPreferences);
    }
}
