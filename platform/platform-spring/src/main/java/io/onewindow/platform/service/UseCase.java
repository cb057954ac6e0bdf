package io.onewindow.platform.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a use-case class: the application layer of a feature, which loads aggregates through
 * stores, lets them decide, and saves them. Web adapters call only use cases (and read domain
 * types); the architecture test of every service checks it (see {@code docs/service-shape.md}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Component
public @interface UseCase {

    /** The bean name, if not the default. */
    @AliasFor(annotation = Component.class)
    String value() default "";
}
