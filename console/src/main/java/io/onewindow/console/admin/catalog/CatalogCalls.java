package io.onewindow.console.admin.catalog;

import io.onewindow.console.admin.Listing;
import io.onewindow.console.gateway.ServiceGateway;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The catalog as the administration desk uses it (approval-service, as the signed-in admin). */
@Component
public class CatalogCalls {

    private final ServiceGateway gateway;

    CatalogCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** The published matters (public search), a page at a time. */
    public Listing matters(String q, int page) {
        ResponseEntity<List<Map<String, Object>>> answer = q == null || q.isBlank()
                ? gateway.asUser().page("/api/approvals/public/matters?page={page}&size={size}", page, Listing.SIZE)
                : gateway.asUser()
                        .page(
                                "/api/approvals/public/matters?q={q}&page={page}&size={size}",
                                q.strip(),
                                page,
                                Listing.SIZE);
        return Listing.of(answer, page, Listing.SIZE);
    }

    /** Every version of a matter, drafts included, newest first, with content hash and approvals. */
    public Listing versions(String code, int page) {
        return Listing.of(
                gateway.asUser()
                        .page(
                                "/api/approvals/catalog/matters/{code}/versions?page={page}&size={size}",
                                code,
                                page,
                                Listing.SIZE),
                page,
                Listing.SIZE);
    }

    /** One version with its ETag (the {@code If-Match} of a revision). */
    public ResponseEntity<Map<String, Object>> version(String code, int version) {
        return gateway.asUser().tagged("/api/approvals/catalog/matters/{code}/versions/{version}", code, version);
    }

    /** Drafts the next version of the form's matter (or its first). */
    public Map<String, Object> draft(MatterForm form) {
        return gateway.asUser().post(form.body(), "/api/approvals/catalog/matters");
    }

    /** Revises a draft; {@code etag} is the one the revision's form was built from. */
    public Map<String, Object> revise(String code, int version, String etag, MatterForm form) {
        return gateway.asUser()
                .put(form.body(), etag, "/api/approvals/catalog/matters/{code}/versions/{version}", code, version);
    }

    /** Approves the content the reviewer saw, named by its hash, for the reviewer's department. */
    public Map<String, Object> approve(String code, int version, String contentHash) {
        return gateway.asUser()
                .post(
                        Map.of("contentHash", contentHash),
                        "/api/approvals/catalog/matters/{code}/versions/{version}/approvals",
                        code,
                        version);
    }

    /** Publishes exactly the content named by its hash. */
    public Map<String, Object> publish(String code, int version, String contentHash) {
        return gateway.asUser()
                .post(
                        Map.of("contentHash", contentHash),
                        "/api/approvals/catalog/matters/{code}/versions/{version}/publication",
                        code,
                        version);
    }
}
