package io.onewindow.platform.web;

/**
 * One bad input field in a 400 problem's {@code errors} list.
 *
 * @param field the field or parameter path, e.g. {@code slot.start}
 * @param code a stable machine code, e.g. {@code NotBlank} or {@code resident-id.check-character}
 * @param message a human explanation
 */
public record FieldProblem(String field, String code, String message) {}
