package io.onewindow.elicense.notice.domain;

/**
 * The written notices the Administrative License Law requires of a case, each with its Chinese title:
 * acceptance and refusal to accept (art. 32), the one-time correction notice (art. 32 (4)) and the
 * decision (art. 38).
 */
public enum NoticeKind {
    /** 受理通知书: the application was accepted (art. 32 (5)). */
    ACCEPTANCE("受理通知书"),
    /** 不予受理决定书: the application was not accepted (art. 32 (1)–(3)). */
    NON_ACCEPTANCE("不予受理决定书"),
    /** 补正材料通知书: every missing or defective material, told at once (art. 32 (4)). */
    CORRECTION("补正材料通知书"),
    /** 准予行政许可决定书: the license is granted (art. 38 para. 1). */
    APPROVAL("准予行政许可决定书"),
    /** 不予行政许可决定书: the license is denied, with reasons and remedies (art. 38 para. 2). */
    DENIAL("不予行政许可决定书");

    private final String title;

    NoticeKind(String title) {
        this.title = title;
    }

    /** The Chinese title printed on the notice. */
    public String title() {
        return title;
    }
}
