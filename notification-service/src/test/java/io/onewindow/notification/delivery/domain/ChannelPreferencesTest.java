package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelPreferencesTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private final ChannelPreferences none = ChannelPreferences.none("sub:1", Set.of("pseudonym-1"));

    private ChannelPreferences smsAndWeChat(Set<NoticeKind> optOut) {
        return none.choose(
                        Set.of("pseudonym-1"),
                        Set.of(ChannelKind.SMS, ChannelKind.WECHAT),
                        optOut,
                        null,
                        "13800000000",
                        AT)
                .bindWeChat(Set.of("pseudonym-1"), "oAbCdEfGhIjKlMnOpQrStUvWxYz0", AT);
    }

    @Test
    void nothingChosenSendsNothingButTheInbox() {
        assertThat(none.addressesFor(NoticeKind.BOOKING_CONFIRMED)).isEmpty();
    }

    @Test
    void aNoticeGoesToEveryChannelThatIsOnAndHasAnAddress() {
        assertThat(smsAndWeChat(Set.of()).addressesFor(NoticeKind.BOOKING_CONFIRMED))
                .containsEntry(ChannelKind.SMS, "13800000000")
                .containsEntry(ChannelKind.WECHAT, "oAbCdEfGhIjKlMnOpQrStUvWxYz0");
    }

    @Test
    void weChatOnWithoutABindingSendsOnlySms() {
        ChannelPreferences unbound = smsAndWeChat(Set.of()).unbindWeChat(AT);
        assertThat(unbound.addressesFor(NoticeKind.BOOKING_CONFIRMED)).containsOnlyKeys(ChannelKind.SMS);
    }

    @Test
    void anOptedOutKindGoesNowhereElseTheOthersStill() {
        ChannelPreferences preferences = smsAndWeChat(Set.of(NoticeKind.BOOKING_REMINDER));
        assertThat(preferences.addressesFor(NoticeKind.BOOKING_REMINDER)).isEmpty();
        assertThat(preferences.addressesFor(NoticeKind.BOOKING_CONFIRMED)).hasSize(2);
    }

    @Test
    void aStatutoryKindCannotBeOptedOut() {
        assertThatThrownBy(() -> smsAndWeChat(Set.of(NoticeKind.CORRECTION_REQUESTED)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "preferences.statutory-kind");
        assertThatThrownBy(() -> smsAndWeChat(Set.of(NoticeKind.CASE_DENIED)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theMobileNumberIsAMainlandOne() {
        assertThat(none.choose(Set.of(), Set.of(ChannelKind.SMS), Set.of(), null, "19912345678", AT)
                        .mobile())
                .isEqualTo("19912345678");
        for (String bad : new String[] {"12812345678", "1381234567", "138123456789", "+8613812345678"}) {
            assertThatThrownBy(() -> none.choose(Set.of(), Set.of(), Set.of(), null, bad, AT))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "preferences.mobile");
        }
    }

    @Test
    void smsNeedsAMobileNumber() {
        assertThatThrownBy(() -> none.choose(Set.of(), Set.of(ChannelKind.SMS), Set.of(), null, null, AT))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "preferences.no-mobile");
    }

    @Test
    void anOpenidIsSixteenToSixtyFourUrlSafeCharacters() {
        assertThat(none.bindWeChat(Set.of(), "a".repeat(16), AT).wechatOpenid()).hasSize(16);
        for (String bad : new String[] {"a".repeat(15), "a".repeat(65), "$where0000000000000", "abc def ghi jklmnop"}) {
            assertThatThrownBy(() -> none.bindWeChat(Set.of(), bad, AT))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "preferences.openid");
        }
    }

    @Test
    void addressesAreMaskedForServices() {
        assertThat(Masking.address(ChannelKind.SMS, "13800000000")).isEqualTo("138****0000");
        assertThat(Masking.address(ChannelKind.WECHAT, "oAbCdEfGhIjKlMnOpQrStUvWxYz0"))
                .isEqualTo("oAbC****");
    }

    @Test
    void aStatusReportIsAcceptedOnlyWithTheProvidersSignatureOfTheSameBody() {
        byte[] body =
                "{\"messageId\":\"p-1\",\"status\":\"DELIVERED\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signature = StatusReportSignature.sign("secret-1", body);

        assertThat(StatusReportSignature.verify("secret-1", body, signature)).isTrue();
        assertThat(StatusReportSignature.verify("secret-2", body, signature)).isFalse();
        assertThat(StatusReportSignature.verify("secret-1", "{}".getBytes(), signature))
                .isFalse();
        assertThat(StatusReportSignature.verify("secret-1", body, null)).isFalse();
        assertThat(StatusReportSignature.verify(null, body, signature)).isFalse();
    }
}
