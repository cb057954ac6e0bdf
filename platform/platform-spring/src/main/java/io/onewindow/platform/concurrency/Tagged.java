package io.onewindow.platform.concurrency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler that answers a mutable resource with its {@code ETag} (built with {@link
 * EntityTags}), so the API document shows the header, {@code If-None-Match} and the 304. Updates
 * need no mark: a handler taking an {@link IfMatch} is documented as conditional.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tagged {}
