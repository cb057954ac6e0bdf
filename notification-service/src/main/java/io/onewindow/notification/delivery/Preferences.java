package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.ChannelPreferences;
import io.onewindow.notification.delivery.domain.QuietHours;
import io.onewindow.notification.inbox.InboxKeys;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.inbox.domain.Recipients;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Set;

/**
 * A person's own outbound-channel preferences and WeChat binding: whose they are comes from the
 * token alone (the account's subject), so nobody reads or changes another's.
 */
@UseCase
public class Preferences {

    private final PreferenceStore store;
    private final InboxKeys keys;
    private final Clock clock;

    Preferences(PreferenceStore store, InboxKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** The caller's preferences (none chosen yet: every channel off). */
    public ChannelPreferences mine(Caller caller) {
        return store.of(owner(caller)).orElseGet(() -> ChannelPreferences.none(owner(caller), keys.of(caller)));
    }

    /** Replaces the caller's choices; the WeChat binding stays as it is. */
    public ChannelPreferences choose(
            Caller caller, Set<ChannelKind> enabled, Set<NoticeKind> optOut, QuietHours quiet, String mobile) {
        ChannelPreferences current = mine(caller);
        return store.save(current.choose(
                ChannelPreferences.merged(current.keys(), keys.of(caller)),
                enabled,
                optOut,
                quiet,
                mobile,
                clock.instant()));
    }

    /** Binds the openid the mini-app backend got for the caller. */
    public ChannelPreferences bindWeChat(Caller caller, String openid) {
        ChannelPreferences current = mine(caller);
        return store.save(current.bindWeChat(
                ChannelPreferences.merged(current.keys(), keys.of(caller)), openid, clock.instant()));
    }

    /** Removes the caller's WeChat binding (nothing to remove: no change). */
    public ChannelPreferences unbindWeChat(Caller caller) {
        ChannelPreferences current = mine(caller);
        if (current.wechatOpenid() == null) {
            return current;
        }
        return store.save(current.unbindWeChat(clock.instant()));
    }

    private static String owner(Caller caller) {
        return Recipients.ofSubject(caller.subject());
    }
}
