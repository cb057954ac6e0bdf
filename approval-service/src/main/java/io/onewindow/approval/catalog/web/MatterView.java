package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.VersionApproval;
import java.time.Instant;
import java.util.List;

/**
 * A catalog version as answered: the guide (办事指南) and its version data.
 *
 * @param version the version number
 * @param status DRAFT or PUBLISHED
 * @param caseTypeCode GB/T 39046 case type code
 * @param definition everything the catalog says
 * @param publishedAt when it was published, or {@code null}
 * @param contentHash the SHA-256 of the version's content: what approvals and publication name
 * @param approvals the departments' approvals of a draft's current content
 * @param departmentName the Chinese name of the matter's department in the registry, or {@code null}
 *     when it is not registered
 */
record MatterView(
        int version,
        String status,
        String caseTypeCode,
        MatterDefinition definition,
        Instant publishedAt,
        String contentHash,
        List<VersionApproval> approvals,
        String departmentName) {

    static MatterView of(MatterVersion version, String departmentName) {
        return new MatterView(
                version.version(),
                version.status().name(),
                version.definition().caseType().code(),
                version.definition(),
                version.publishedAt(),
                version.contentHash(),
                version.approvals(),
                departmentName);
    }

    /** For the public guide: without who approved it. */
    static MatterView ofPublic(MatterVersion version, String departmentName) {
        MatterView full = of(version, departmentName);
        return new MatterView(
                full.version(),
                full.status(),
                full.caseTypeCode(),
                full.definition(),
                full.publishedAt(),
                full.contentHash(),
                List.of(),
                full.departmentName());
    }
}
