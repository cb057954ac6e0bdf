package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import java.util.List;
import java.util.Map;

/**
 * What an application is filed with: the parameters of {@link ApplicationCase#submit}.
 *
 * @param applicantPseudonym the applicant's keyed pseudonym, published in {@link ApplicationSubmitted}
 * @param filedBy who files: the applicant, their agent or a window officer
 * @param visit the hall visit it is received from, or {@code null}
 * @param linked the linked filing it is a part of, or {@code null}
 */
public record Filing(
        String id,
        String caseNumber,
        MatterDefinition matter,
        int matterVersion,
        Applicant applicant,
        String applicantPseudonym,
        String agent,
        Actor filedBy,
        Channel channel,
        Map<String, String> formData,
        List<SubmittedMaterial> materials,
        Visit visit,
        LinkedFiling linked) {}
