package io.onewindow.platform.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of a page: the request's public URL (the gateway's, see
 * {@code GatewayServerUrl}) with its query kept and {@code page}/{@code size} replaced.
 */
final class PageLinks {

    static final PageLinks NONE = new PageLinks(null, null, Map.of());

    private final String baseUrl;
    private final String path; // raw, as the request had it
    private final Map<String, String[]> query;

    PageLinks(String baseUrl, String path, Map<String, String[]> query) {
        this.baseUrl = baseUrl;
        this.path = path;
        this.query = query;
    }

    String header(int page, int size, boolean hasNext, Long total) {
        if (baseUrl == null) {
            return "";
        }
        List<String> links = new ArrayList<>();
        links.add(link(0, size, "first"));
        if (page > 0) {
            // a page past the end points back to the last page that has items
            int previous = total == null ? page - 1 : (int) Math.min(page - 1, lastPage(total, size));
            links.add(link(previous, size, "prev"));
        }
        if (hasNext) {
            links.add(link(page + 1, size, "next"));
        }
        if (total != null) {
            links.add(link(lastPage(total, size), size, "last"));
        }
        return String.join(", ", links);
    }

    private static int lastPage(long total, int size) {
        long last = total == 0 ? 0 : (total - 1) / size;
        return (int) Math.min(last, PageParams.MAX_PAGE);
    }

    private String link(int page, int size, String rel) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        query.forEach((name, values) -> {
            if (!"page".equals(name) && !"size".equals(name)) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        uri.queryParam("page", page).queryParam("size", size);
        // the path is the request's raw (already encoded) path; the query is encoded here
        return "<" + baseUrl + path + uri.build().encode().toUriString() + ">; rel=\"" + rel + "\"";
    }
}
