package io.onewindow.notification.delivery.web;

import io.onewindow.notification.delivery.Preferences;
import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.ChannelPreferences;
import io.onewindow.notification.delivery.domain.KindPolicy;
import io.onewindow.notification.delivery.domain.QuietHours;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * My outbound-channel preferences (SMS, WeChat on or off, the non-statutory notice kinds I do not
 * want there, quiet hours, my mobile number) and my WeChat binding (the openid the mini-app backend
 * registers with my own token). Only my own, found by my token; staff 403. The inbox always gets
 * every notice.
 */
@RestController
@Tag(name = "Channel preferences", description = "My SMS and WeChat choices and my WeChat binding")
class PreferencesController {

    private static final String PREFERENCES = "/api/notifications/mine/preferences";
    private static final String BINDING = "/api/notifications/mine/wechat-binding";
    private static final String PERSONS = "hasAnyRole('citizen','enterprise','agent')";

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    /**
     * Which channels are on.
     *
     * @param sms SMS to {@code mobile}
     * @param wechat WeChat subscribe messages to the bound openid
     */
    record Channels(@NotNull Boolean sms, @NotNull Boolean wechat) {}

    /**
     * Quiet hours, district local time ({@code HH:mm}); across midnight when the end is before the start.
     *
     * @param start from (included)
     * @param end until (excluded)
     */
    record Quiet(@NotNull LocalTime start, @NotNull LocalTime end) {}

    /**
     * My choices, replaced as a whole.
     *
     * @param channels which channels are on
     * @param optOut notice kinds not sent on SMS or WeChat (the statutory ones cannot be listed: 400
     *     {@code preferences.statutory-kind})
     * @param quietHours none: messages go out at any hour
     * @param mobile mainland mobile number, needed for SMS
     */
    record PreferencesRequest(
            @NotNull @Valid Channels channels,
            @Size(max = 30) List<@NotNull NoticeKind> optOut,
            @Valid Quiet quietHours,

            @Size(max = 11) @Pattern(regexp = "1[3-9][0-9]{9}")
            String mobile) {}

    /**
     * The openid the mini-app backend got for me ({@code wx.login} → {@code code2Session}).
     *
     * @param openid 16 to 64 of {@code A-Z a-z 0-9 _ -}
     */
    record WeChatBinding(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]{16,64}")
            String openid) {}

    /**
     * My preferences as stored.
     *
     * @param channels which channels are on
     * @param optOut kinds not sent on SMS or WeChat
     * @param statutoryKinds kinds that cannot be opted out (they go out on the channels that are on)
     * @param quietHours my quiet hours, or none
     * @param mobile my mobile number
     * @param wechatOpenid the bound openid, or none
     * @param updatedAt when I last changed them, or none
     */
    record PreferencesView(
            Channels channels,
            List<String> optOut,
            List<String> statutoryKinds,
            Quiet quietHours,
            String mobile,
            String wechatOpenid,
            Instant updatedAt) {

        static PreferencesView of(ChannelPreferences p) {
            return new PreferencesView(
                    new Channels(
                            p.enabled().contains(ChannelKind.SMS), p.enabled().contains(ChannelKind.WECHAT)),
                    p.optOut().stream().map(Enum::name).sorted().toList(),
                    KindPolicy.statutory().stream().map(Enum::name).toList(),
                    p.quietHours() == null
                            ? null
                            : new Quiet(p.quietHours().start(), p.quietHours().end()),
                    p.mobile(),
                    p.wechatOpenid(),
                    p.updatedAt());
        }
    }

    @GetMapping(PREFERENCES)
    @PreAuthorize(PERSONS)
    @Operation(summary = "My channel preferences", description = "Nothing chosen yet: every channel off.")
    PreferencesView mine(@AuthenticationPrincipal Caller caller) {
        return PreferencesView.of(preferences.mine(caller));
    }

    @PutMapping(PREFERENCES)
    @PreAuthorize(PERSONS)
    @Operation(
            summary = "Set my channel preferences",
            description = "Replaces them (the WeChat binding stays). SMS on needs a mobile number (400"
                    + " `preferences.no-mobile`); a statutory kind in `optOut` is 400 `preferences.statutory-kind`.")
    PreferencesView choose(@Valid @RequestBody PreferencesRequest body, @AuthenticationPrincipal Caller caller) {
        Set<ChannelKind> enabled = EnumSet.noneOf(ChannelKind.class);
        if (body.channels().sms()) {
            enabled.add(ChannelKind.SMS);
        }
        if (body.channels().wechat()) {
            enabled.add(ChannelKind.WECHAT);
        }
        Set<NoticeKind> optOut =
                body.optOut() == null || body.optOut().isEmpty() ? Set.of() : EnumSet.copyOf(body.optOut());
        QuietHours quiet = body.quietHours() == null
                ? null
                : new QuietHours(body.quietHours().start(), body.quietHours().end());
        return PreferencesView.of(preferences.choose(caller, enabled, optOut, quiet, body.mobile()));
    }

    @PutMapping(BINDING)
    @PreAuthorize(PERSONS)
    @Operation(
            summary = "Bind my WeChat openid",
            description = "Called by the mini-app backend with my own token; replaces an earlier binding.")
    PreferencesView bind(@Valid @RequestBody WeChatBinding body, @AuthenticationPrincipal Caller caller) {
        return PreferencesView.of(preferences.bindWeChat(caller, body.openid()));
    }

    @DeleteMapping(BINDING)
    @PreAuthorize(PERSONS)
    @Operation(
            summary = "Remove my WeChat binding",
            description = "Answers my preferences without `wechatOpenid`: no WeChat message goes out until one is"
                    + " bound again. Nothing bound: no change.")
    PreferencesView unbind(@AuthenticationPrincipal Caller caller) {
        return PreferencesView.of(preferences.unbindWeChat(caller));
    }
}
