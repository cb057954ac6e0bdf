package io.onewindow.approval.department;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.department.domain.Department;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered department as stored, with its outbox; the id is the department code. {@code
 * version} is the document's write version (the relay's removals count too), not the registry
 * version the events carry.
 */
@Document(DepartmentDocument.COLLECTION)
class DepartmentDocument {

    static final String COLLECTION = ApprovalServiceApplication.DEPARTMENTS;

    @Id
    String id;

    Long version;

    String partnerClientId;
    boolean active;
    Department department;
    List<OutboxEntry> outbox = new ArrayList<>();

    static DepartmentDocument of(Department department, long version, List<OutboxEntry> outbox) {
        DepartmentDocument document = new DepartmentDocument();
        document.id = department.code();
        document.version = version;
        document.partnerClientId = department.partnerClientId();
        document.active = department.active();
        document.department = department;
        document.outbox = outbox;
        return document;
    }
}
