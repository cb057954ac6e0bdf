package io.onewindow.platform.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The one list convention: which page of a list a caller asked for ({@code page}, 0-based, default
 * 0, at most {@value #MAX_PAGE}; {@code size}, default {@value #DEFAULT_SIZE}, at most
 * {@value #MAX_SIZE}), resolved from the query by {@link PageParamsResolver} (a bad value is a 400
 * {@code validation} problem naming {@code page} or {@code size}). A controller takes it as a
 * parameter, hands {@link #pageable(Sort)} to its use case and answers with {@link #ok(Slice)}: the
 * body stays a JSON array, {@code X-Total-Count} says how many there are in all where the list
 * knows it (a {@link Page}), and an RFC 8288 {@code Link} header names the {@code first},
 * {@code prev}, {@code next} (and, with a total, {@code last}) pages at the public URL of the
 * request.
 */
public final class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    /** The header with the number of items of the whole list. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    private final int page;
    private final int size;
    private final PageLinks links;

    PageParams(int page, int size, PageLinks links) {
        this.page = page;
        this.size = size;
        this.links = links;
    }

    /** A page without links (tests, internal callers). */
    public static PageParams of(int page, int size) {
        return new PageParams(page, size, PageLinks.NONE);
    }

    /** 0-based page number. */
    public int page() {
        return page;
    }

    /** Items per page. */
    public int size() {
        return size;
    }

    /** Items before this page. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * The page for a store query in {@code sort} order; {@code _id} is appended as the unique
     * tiebreaker unless the sort already ends with it, so pages never overlap or skip.
     */
    public Pageable pageable(Sort sort) {
        Sort stable = sort.getOrderFor("_id") == null && sort.getOrderFor("id") == null
                ? sort.and(Sort.by(Sort.Direction.ASC, "_id"))
                : sort;
        return PageRequest.of(page, size, stable);
    }

    /**
     * This page of a list computed in memory (already in its documented, stable order); its total
     * is the list's length.
     */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + size, all.size());
        return new PageImpl<>(new ArrayList<>(all.subList(from, to)), PageRequest.of(page, size), all.size());
    }

    /** {@link #slice(List)} of {@code all}, each item turned into its view. */
    public <T, V> Page<V> slice(List<T> all, Function<? super T, ? extends V> view) {
        return slice(all).map(view);
    }

    /**
     * The answer: the page's items as a JSON array, {@code X-Total-Count} when {@code items} is a
     * {@link Page}, and the {@code Link} header.
     */
    public <T> ResponseEntity<List<T>> ok(Slice<T> items) {
        HttpHeaders headers = new HttpHeaders();
        Long total = null;
        if (items instanceof Page<T> counted) {
            total = counted.getTotalElements();
            headers.set(TOTAL_COUNT, Long.toString(total));
        }
        String link = links.header(page, size, items.hasNext(), total);
        if (!link.isEmpty()) {
            headers.set(HttpHeaders.LINK, link);
        }
        return ResponseEntity.ok().headers(headers).body(items.getContent());
    }

    /**
     * A page read with one item more than asked for ({@code size + 1}, so the store needs no
     * count): the page without the extra item, which only says that a next page exists.
     */
    public <T> Slice<T> withoutTotal(List<T> sizePlusOne) {
        boolean more = sizePlusOne.size() > size;
        List<T> content = more ? sizePlusOne.subList(0, size) : sizePlusOne;
        return new SliceImpl<>(new ArrayList<>(content), PageRequest.of(page, size), more);
    }

    @Override
    public String toString() {
        return "page " + page + ", size " + size;
    }
}
