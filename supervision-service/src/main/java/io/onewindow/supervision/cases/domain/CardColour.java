package io.onewindow.supervision.cases.domain;

/** The deadline card of a case (红黄绿牌): none before acceptance, then green, yellow or red. */
public enum CardColour {
    NONE,
    GREEN,
    YELLOW,
    RED
}
