package io.onewindow.platform.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code If-Match} header of an update (RFC 9110 §13.1.1), a handler method argument: absent,
 * {@code *} ("the resource must exist"), or a list of entity tags compared strongly (a weak tag
 * {@code W/"…"} never matches). Turned into the use case's {@link Precondition} with {@link #on}.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private static final IfMatch ABSENT = new IfMatch(false, false, List.of());

    private final boolean present;
    private final boolean any;
    private final List<String> tags;

    private IfMatch(boolean present, boolean any, List<String> tags) {
        this.present = present;
        this.any = any;
        this.tags = List.copyOf(tags);
    }

    /** The header was not sent. */
    public static IfMatch absent() {
        return ABSENT;
    }

    /**
     * The header's values (several headers are joined by commas). A value that is no entity tag is
     * kept as written and matches nothing, so a malformed header fails as a mismatch (412).
     */
    public static IfMatch parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return ABSENT;
        }
        boolean any = false;
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            for (String part : splitTags(value)) {
                String tag = part.trim();
                if (tag.equals("*")) {
                    any = true;
                } else if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        return new IfMatch(true, any, tags);
    }

    /** Whether the caller sent the header at all. */
    public boolean present() {
        return present;
    }

    /**
     * The precondition of a use case whose aggregate's tag is {@code tagOf(aggregate)} (the same
     * function that tags the resource's representation).
     */
    public <A> Precondition<A> on(Function<? super A, String> tagOf) {
        Objects.requireNonNull(tagOf, "tagOf");
        return new Precondition<>() {
            @Override
            public void existing(A current) {
                requireMatch(tagOf.apply(current));
            }

            @Override
            public void absent() {
                requireAbsent();
            }
        };
    }

    /** Checks the header against the tag of an existing resource. */
    public void requireMatch(String currentTag) {
        if (!present) {
            throw new PreconditionRequiredException(
                    "this update needs If-Match with the ETag of the resource as last read");
        }
        if (any) {
            return;
        }
        if (currentTag == null || !tags.contains(currentTag)) {
            throw new PreconditionFailedException(
                    "the resource changed since it was read (If-Match does not match its ETag); read it again");
        }
    }

    /** Checks the header where the resource does not exist yet: any If-Match fails. */
    public void requireAbsent() {
        if (present) {
            throw new PreconditionFailedException("the resource does not exist, so no If-Match can match");
        }
    }

    /** Splits on commas outside quotes (an entity tag may contain a comma). */
    private static List<String> splitTags(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    @Override
    public String toString() {
        return !present ? "If-Match absent" : any ? "If-Match: *" : "If-Match: " + String.join(", ", tags);
    }
}
