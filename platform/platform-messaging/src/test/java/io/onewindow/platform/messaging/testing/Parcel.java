package io.onewindow.platform.messaging.testing;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * The persistence shape every OneWindow aggregate document has: its state, an optimistic-lock
 * version, and the outbox of events not yet published.
 */
public class Parcel {

    @Id
    private String id;

    private String status;

    @Version
    private Long version;

    private List<OutboxEntry> outbox = new ArrayList<>();

    protected Parcel() {}

    public Parcel(String id, String status) {
        this.id = id;
        this.status = status;
    }

    public String id() {
        return id;
    }

    public String status() {
        return status;
    }

    public void status(String status) {
        this.status = status;
    }

    public Long version() {
        return version;
    }

    public List<OutboxEntry> outbox() {
        return outbox;
    }
}
