/**
 * Updates of mutable resources guarded by {@code ETag} / {@code If-Match}: the tag of a resource's
 * state ({@link EntityTags}), the caller's {@code If-Match} as a handler argument ({@link IfMatch}),
 * the check a use case runs inside its conditional write ({@link Precondition}), and the 412 / 428
 * problems.
 */
package io.onewindow.platform.concurrency;
