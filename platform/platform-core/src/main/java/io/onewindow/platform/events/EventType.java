package io.onewindow.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The versioned wire type of an event record, e.g.
 * {@code @EventType("onewindow.approval.ApplicationAccepted.v1")}. A change that breaks
 * consumers gets a new version and a new record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
