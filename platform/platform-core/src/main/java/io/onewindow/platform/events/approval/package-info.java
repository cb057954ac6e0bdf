/**
 * Event contracts of approval-service, published on {@code onewindow.approval.events}
 * ({@link io.onewindow.platform.events.Topics#APPROVAL}), keyed by case id (matter code for
 * {@link io.onewindow.platform.events.approval.MatterVersionPublished}).
 *
 * <p>Every case event implements {@link io.onewindow.platform.events.approval.CaseEvent}: it carries
 * the case id, the human case number, the matter code and the department, so a consumer can place it
 * on a timeline without any other lookup. Personal identifiers appear only masked or as keyed
 * pseudonyms; a service that needs the holder's data (the e-license service printing a license) asks
 * approval-service for it with its own service token. The catalog is {@code docs/events/approval.md}.
 */
package io.onewindow.platform.events.approval;
