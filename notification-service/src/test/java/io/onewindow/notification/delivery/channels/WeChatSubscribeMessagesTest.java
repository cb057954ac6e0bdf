package io.onewindow.notification.delivery.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeChatSubscribeMessagesTest {

    @Test
    void aThingKeepsTwentyCharactersAndShowsItWasCut() {
        assertThat(WeChatSubscribeMessages.fit("thing1", "一二三四五六七八九十一二三四五六七八九十"))
                .hasSize(20)
                .doesNotContain("…");
        assertThat(WeChatSubscribeMessages.fit("thing1", "一二三四五六七八九十一二三四五六七八九十多"))
                .hasSize(20)
                .endsWith("…");
    }

    @Test
    void aCharacterStringKeepsThirtyTwoAndOtherTypesTheirOwnLimits() {
        assertThat(WeChatSubscribeMessages.fit("character_string4", "x".repeat(32)))
                .hasSize(32);
        assertThat(WeChatSubscribeMessages.fit("character_string4", "x".repeat(33)))
                .hasSize(32);
        assertThat(WeChatSubscribeMessages.fit("phrase3", "已受理并审核中")).isEqualTo("已受理并审");
        assertThat(WeChatSubscribeMessages.fit("time2", "2026年3月3日 09:30")).isEqualTo("2026年3月3日 09:30");
    }
}
