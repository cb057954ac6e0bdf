package io.onewindow.console.admin;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * One page of a list a service pages ({@code page}, {@code size}, {@code X-Total-Count}), as the
 * administration pages show it with links to the previous and next page.
 */
public record Listing(List<Map<String, Object>> items, long total, int page, int size) {

    public static final int SIZE = 20;

    public static Listing of(ResponseEntity<List<Map<String, Object>>> answer, int page, int size) {
        List<Map<String, Object>> items = answer.getBody() == null ? List.of() : answer.getBody();
        String total = answer.getHeaders().getFirst("X-Total-Count");
        long count;
        try {
            count = total == null ? items.size() : Long.parseLong(total.strip());
        } catch (NumberFormatException e) {
            count = items.size();
        }
        return new Listing(items, count, page, size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The 1-based number of the page, as shown. */
    public int shown() {
        return page + 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
