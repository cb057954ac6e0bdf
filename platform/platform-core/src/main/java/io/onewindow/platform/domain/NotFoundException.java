package io.onewindow.platform.domain;

/**
 * The thing asked for does not exist, or the caller may not know that it exists (another
 * person's booking answers the same as a missing one, so ids cannot be probed).
 */
public class NotFoundException extends DomainException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super("not-found", resource + " " + id + " was not found", resource, id);
        this.resource = resource;
        this.id = id;
    }

    /**
     * A not-found with its own code (e.g. {@code person-not-registered}), answered 404 like any
     * other, whose texts name the same two values.
     */
    protected NotFoundException(String code, String resource, String id) {
        super(code, resource + " " + id + " was not found", resource, id);
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
