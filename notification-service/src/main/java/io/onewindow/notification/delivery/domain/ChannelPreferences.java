package io.onewindow.notification.delivery.domain;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person's outbound-channel choices: which channels are on, which (non-statutory) notice kinds
 * they do not want there, their quiet hours, their mobile number and the WeChat openid the mini-app
 * backend bound. {@code keys} are the inbox keys of the account (from its token), by which a
 * notice's recipient finds these preferences.
 */
public record ChannelPreferences(
        String owner,
        Set<String> keys,
        Set<ChannelKind> enabled,
        Set<NoticeKind> optOut,
        QuietHours quietHours,
        String mobile,
        String wechatOpenid,
        Instant updatedAt) {

    /** A mainland mobile number as the platform's registration validates it: 11 digits, 13x–19x. */
    public static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** A WeChat openid: URL-safe base64 characters, 16–64 of them (WeChat's are 28). */
    public static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public ChannelPreferences {
        Objects.requireNonNull(owner, "owner");
        keys = Set.copyOf(keys == null ? Set.of() : keys);
        enabled = enabled == null || enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        optOut = optOut == null || optOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optOut));
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            throw new InvalidValueException(
                    "preferences.mobile", "mobile", "not a mainland mobile number (11 digits, 13x to 19x)");
        }
        if (wechatOpenid != null && !OPENID.matcher(wechatOpenid).matches()) {
            throw new InvalidValueException(
                    "preferences.openid", "openid", "not a WeChat openid (16 to 64 of A-Z a-z 0-9 _ -)");
        }
        for (NoticeKind kind : optOut) {
            if (KindPolicy.isStatutory(kind)) {
                throw new InvalidValueException(
                        "preferences.statutory-kind",
                        "optOut",
                        "statutory notices cannot be switched off: " + kind,
                        kind.name());
            }
        }
        if (enabled.contains(ChannelKind.SMS) && mobile == null) {
            throw new InvalidValueException("preferences.no-mobile", "mobile", "SMS needs a mobile number");
        }
    }

    /** Nothing chosen yet: no channel on, so nothing but the inbox. */
    public static ChannelPreferences none(String owner, Set<String> keys) {
        return new ChannelPreferences(owner, keys, Set.of(), Set.of(), null, null, null, null);
    }

    /** The person's new choices (the WeChat binding is kept: it is changed only by binding). */
    public ChannelPreferences choose(
            Set<String> keys,
            Set<ChannelKind> enabled,
            Set<NoticeKind> optOut,
            QuietHours quiet,
            String mobile,
            Instant at) {
        return new ChannelPreferences(owner, keys, enabled, optOut, quiet, mobile, wechatOpenid, at);
    }

    /** Binds the openid the mini-app backend got for this person. */
    public ChannelPreferences bindWeChat(Set<String> keys, String openid, Instant at) {
        if (openid == null) {
            throw new InvalidValueException("preferences.openid", "openid", "an openid is needed");
        }
        return new ChannelPreferences(owner, keys, enabled, optOut, quietHours, mobile, openid, at);
    }

    /** Removes the WeChat binding: no WeChat message goes out until one is bound again. */
    public ChannelPreferences unbindWeChat(Instant at) {
        return new ChannelPreferences(owner, keys, enabled, optOut, quietHours, mobile, null, at);
    }

    /**
     * The addresses a notice of {@code kind} goes to, per channel: the channels on and with an
     * address, unless the person opted out of the kind (never for a statutory kind).
     */
    public Map<ChannelKind, String> addressesFor(NoticeKind kind) {
        Map<ChannelKind, String> addresses = new EnumMap<>(ChannelKind.class);
        if (optOut.contains(kind) && !KindPolicy.isStatutory(kind)) {
            return addresses;
        }
        if (enabled.contains(ChannelKind.SMS) && mobile != null) {
            addresses.put(ChannelKind.SMS, mobile);
        }
        if (enabled.contains(ChannelKind.WECHAT) && wechatOpenid != null) {
            addresses.put(ChannelKind.WECHAT, wechatOpenid);
        }
        return addresses;
    }

    /** The keys merged with {@code more} (an account's keys may grow, e.g. once confirmed at a window). */
    public static Set<String> merged(Set<String> keys, Set<String> more) {
        Set<String> all = new LinkedHashSet<>(keys);
        all.addAll(more);
        return all;
    }
}
