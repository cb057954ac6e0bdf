package io.onewindow.platform.events.approval;

/**
 * One missing or defective material in a correction notice (补正告知), drawn from the catalog's
 * material list.
 *
 * @param materialCode the catalog material code
 * @param materialName its name
 * @param problem what is missing or wrong
 */
public record CorrectionItem(String materialCode, String materialName, String problem) {}
