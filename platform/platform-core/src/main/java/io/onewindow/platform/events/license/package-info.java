/**
 * Events of e-license-service on {@link io.onewindow.platform.events.Topics#LICENSE}, keyed by
 * license id (the notice events by notice id). They carry ids and masked holder codes, never the license face data: a consumer
 * that needs more asks e-license-service with a grant. Catalog: {@code docs/events/license.md}.
 */
package io.onewindow.platform.events.license;
