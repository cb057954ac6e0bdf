/**
 * Events of the supervision service on {@link io.onewindow.platform.events.Topics#SUPERVISION}: alerts
 * and their lifecycle, deadline cards, complaints, ratings (好差评), rectifications and the sampling
 * review of decided cases (定期审查复核), major projects (重大项目) and case dossiers handed out (案卷). They carry ids,
 * departments and codes, never names or ID numbers: whoever needs a person looks them up where allowed.
 * Catalog: {@code docs/events/supervision.md}.
 */
package io.onewindow.platform.events.supervision;
