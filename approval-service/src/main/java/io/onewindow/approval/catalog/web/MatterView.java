package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.MatterVersion;
import java.time.Instant;

/**
 * A catalog version as answered: the guide (办事指南) and its version data.
 *
 * @param version the version number
 * @param status DRAFT or PUBLISHED
 * @param caseTypeCode GB/T 39046 case type code
 * @param definition everything the catalog says
 * @param publishedAt when it was published, or {@code null}
 */
record MatterView(int version, String status, String caseTypeCode, MatterDefinition definition, Instant publishedAt) {

    static MatterView of(MatterVersion version) {
        return new MatterView(
                version.version(),
                version.status().name(),
                version.definition().caseType().code(),
                version.definition(),
                version.publishedAt());
    }
}
