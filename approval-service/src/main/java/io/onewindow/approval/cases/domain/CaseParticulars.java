package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.events.approval.Channel;
import java.util.Map;
import java.util.Objects;

/**
 * What a case was filed as, fixed from then on: which matter and catalog version, for whom, by
 * whom, through which channel, with which form.
 *
 * @param agent the agent who filed for the applicant, or {@code null}
 * @param filedBy the username who filed
 * @param visit the hall visit it was received from, or {@code null}
 * @param linked the linked filing (联办件) it is a part of, or {@code null}
 */
public record CaseParticulars(
        String id,
        String caseNumber,
        MatterDefinition matter,
        int matterVersion,
        Applicant applicant,
        String agent,
        String filedBy,
        Channel channel,
        Map<String, String> formData,
        Visit visit,
        LinkedFiling linked) {

    public CaseParticulars {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseNumber, "caseNumber");
        formData = formData == null ? Map.of() : Map.copyOf(formData);
    }
}
