/**
 * Events of the notification service on {@link io.onewindow.platform.events.Topics#NOTIFICATION}: a
 * notice was put into a person's inbox. They carry the recipient's key (a keyed pseudonym or a token
 * subject), the kind and the template of the notice, never its text, names or ID numbers. Catalog:
 * {@code docs/events/notification.md}.
 */
package io.onewindow.platform.events.notification;
