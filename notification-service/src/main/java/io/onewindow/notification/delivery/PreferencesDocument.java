package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.ChannelPreferences;
import io.onewindow.notification.delivery.domain.QuietHours;
import io.onewindow.notification.inbox.domain.NoticeKind;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's channel preferences as stored (id: {@code sub:<token subject>}), found for a notice by any of its {@code keys}. */
@Document(PreferencesDocument.COLLECTION)
class PreferencesDocument {

    static final String COLLECTION = "channel_preferences";

    @Id
    String id;

    @Indexed(name = "keys")
    List<String> keys = new ArrayList<>();

    List<String> enabled = new ArrayList<>();
    List<String> optOut = new ArrayList<>();
    String quietStart;
    String quietEnd;
    String mobile;
    String wechatOpenid;
    Instant updatedAt;

    PreferencesDocument() {}

    static PreferencesDocument of(ChannelPreferences preferences) {
        PreferencesDocument document = new PreferencesDocument();
        document.id = preferences.owner();
        document.keys = new ArrayList<>(preferences.keys());
        document.enabled =
                preferences.enabled().stream().map(Enum::name).sorted().toList();
        document.optOut = preferences.optOut().stream().map(Enum::name).sorted().toList();
        if (preferences.quietHours() != null) {
            document.quietStart = preferences.quietHours().start().toString();
            document.quietEnd = preferences.quietHours().end().toString();
        }
        document.mobile = preferences.mobile();
        document.wechatOpenid = preferences.wechatOpenid();
        document.updatedAt = preferences.updatedAt();
        return document;
    }

    ChannelPreferences toPreferences() {
        return new ChannelPreferences(
                id,
                keys == null ? java.util.Set.of() : java.util.Set.copyOf(keys),
                enabled == null
                        ? null
                        : enabled.stream().map(ChannelKind::valueOf).collect(Collectors.toSet()),
                optOut == null ? null : optOut.stream().map(NoticeKind::valueOf).collect(Collectors.toSet()),
                quietStart == null ? null : new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd)),
                mobile,
                wechatOpenid,
                updatedAt);
    }
}
