/**
 * Events of the notification service on {@link io.onewindow.platform.events.Topics#NOTIFICATION}: a
 * notice was put into a person's inbox. They carry the recipient's key (a keyed pseudonym or a token
 * subject), the kind and the template of the notice, never its text, names or ID numbers; and the
 * partner webhooks' changes and dead-lettered deliveries, with ids only (never a signing secret or a
 * delivered body). Catalog: {@code docs/events/notification.md}.
 */
package io.onewindow.platform.events.notification;
