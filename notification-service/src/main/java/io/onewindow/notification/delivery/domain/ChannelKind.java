package io.onewindow.notification.delivery.domain;

/** An outbound channel a notice can also go out on, besides the inbox (which always gets it). */
public enum ChannelKind {
    /** A text message to the person's mainland mobile number. */
    SMS,
    /** A WeChat mini-program subscribe message to the openid the mini-app backend bound. */
    WECHAT
}
