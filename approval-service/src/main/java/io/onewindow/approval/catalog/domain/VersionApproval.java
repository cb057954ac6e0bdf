package io.onewindow.approval.catalog.domain;

import java.time.Instant;

/**
 * A department's approval of a catalog draft: its admin reviewed the content with this hash.
 *
 * @param department the department the approval speaks for
 * @param approvedBy who approved (a department admin of it, or a platform admin for a matter that
 *     stays in its department)
 * @param contentHash the {@link ContentHash} of the content approved
 * @param approvedAt when
 */
public record VersionApproval(String department, String approvedBy, String contentHash, Instant approvedAt) {}
