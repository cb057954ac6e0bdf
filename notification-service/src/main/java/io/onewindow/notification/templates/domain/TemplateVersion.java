package io.onewindow.notification.templates.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a notice kind's template: its text, the placeholders it uses, its state, and who
 * saved, published and retired it when (the audit trail).
 */
public class TemplateVersion {

    private int number;
    private TemplateText text;
    private List<String> placeholders;
    private TemplateState state;
    private String createdBy;
    private Instant createdAt;
    private String publishedBy;
    private Instant publishedAt;
    private String retiredBy;
    private Instant retiredAt;

    TemplateVersion() {}

    static TemplateVersion draft(int number, TemplateText text, List<String> placeholders, String by, Instant at) {
        TemplateVersion version = new TemplateVersion();
        version.number = number;
        version.text = Objects.requireNonNull(text, "text");
        version.placeholders = List.copyOf(placeholders);
        version.state = TemplateState.DRAFT;
        version.createdBy = Objects.requireNonNull(by, "by");
        version.createdAt = Objects.requireNonNull(at, "at");
        return version;
    }

    void publish(String by, Instant at) {
        state = TemplateState.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    void retire(String by, Instant at) {
        state = TemplateState.RETIRED;
        retiredBy = by;
        retiredAt = at;
    }

    public int number() {
        return number;
    }

    public TemplateText text() {
        return text;
    }

    public List<String> placeholders() {
        return placeholders == null ? List.of() : List.copyOf(placeholders);
    }

    public TemplateState state() {
        return state;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
