package io.onewindow.elicense.notice.domain;

/**
 * One material a correction notice lists.
 *
 * @param materialCode the catalog material code
 * @param materialName its name
 * @param problem what is missing or wrong
 */
public record CorrectionLine(String materialCode, String materialName, String problem) {}
