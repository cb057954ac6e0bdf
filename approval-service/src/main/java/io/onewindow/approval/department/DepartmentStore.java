package io.onewindow.approval.department;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.department.domain.Department;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The department registry, each department written through the platform's aggregate store. */
@Component
class DepartmentStore {

    private final AggregateStore<Department, DepartmentDocument> departments;

    DepartmentStore(AggregateStores stores) {
        this.departments = stores.of(mapping());
    }

    /**
     * Stores a newly registered department.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is registered already
     */
    Department add(Department department) {
        return departments.add(department);
    }

    /** Reads, changes and writes a department, or 404 {@code department}. */
    Department change(String code, Consumer<Department> change) {
        return departments.change(code, change);
    }

    Optional<Department> find(String code) {
        return departments.find(code);
    }

    /** Every department, by code. */
    List<Department> all() {
        return departments.findAll(new Query().with(Sort.by("_id")));
    }

    /** The active departments whose partner system is {@code clientId}. */
    List<Department> activeWithPartnerClient(String clientId) {
        return departments.findAll(
                query(where("partnerClientId").is(clientId).and("active").is(true)));
    }

    /** How {@link Department} is stored: its document, id, version and outbox. */
    static AggregateMapping<Department, DepartmentDocument> mapping() {
        return AggregateMapping.of(Department.class, DepartmentDocument.class, "department", Topics.APPROVAL)
                .id(Department::code)
                .stored(DepartmentDocument::of, document -> document.department)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("department.changed-meanwhile");
    }
}
