package io.onewindow.platform.web.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a paged operation whose list has no {@code X-Total-Count} (counting it is not cheap), so
 * its document does not promise the header; the answer still has its {@code Link} header.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoTotalCount {}
