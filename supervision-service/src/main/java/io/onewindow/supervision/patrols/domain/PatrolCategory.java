package io.onewindow.supervision.patrols.domain;

/**
 * What a volunteer supervisor saw at a hall. The categories that allege misconduct by staff or by
 * people preying on the queue raise rule 21's alert; the others are records for the figures only.
 */
public enum PatrolCategory {
    /** 排队秩序混乱: queue jumping, tickets not called in order. */
    QUEUE_ORDER("排队秩序", false),
    /** 窗口无人 / 脱岗: a window staffed on the roster left empty in opening hours. */
    STAFF_ABSENT_FROM_POST("工作人员脱岗", true),
    /** 服务态度、作风问题: rudeness, hinting at favours, refusing to explain. */
    STAFF_CONDUCT("工作人员作风", true),
    /** 中介在场揽客: intermediaries soliciting in the hall. */
    INTERMEDIARY_ON_SITE("中介现场揽客", true),
    /** 号贩子 / 倒号: tickets or booking places sold. */
    SCALPING("倒号、号贩子", true),
    /** 体外循环: a matter handled off the system (paper only, no ticket, no case). */
    OFF_SYSTEM_HANDLING("体外循环办理", true),
    /** 设施设备: broken machines, missing guidance, accessibility. */
    FACILITIES("设施设备", false),
    /** 其他. */
    OTHER("其他", false);

    private final String label;
    private final boolean allegesMisconduct;

    PatrolCategory(String label, boolean allegesMisconduct) {
        this.label = label;
        this.allegesMisconduct = allegesMisconduct;
    }

    /** The Chinese label shown to inspectors and in the docs. */
    public String label() {
        return label;
    }

    /** Whether an observation of this category alleges misconduct and so raises rule 21's alert. */
    public boolean allegesMisconduct() {
        return allegesMisconduct;
    }
}
