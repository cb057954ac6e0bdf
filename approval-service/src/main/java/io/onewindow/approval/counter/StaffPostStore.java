package io.onewindow.approval.counter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Approval's copy of where each window officer is posted ({@value #POSTS}), from appointment's
 * {@code StaffAssignmentsRecorded}: one document per username, replaced only by a higher version,
 * so a late older event never undoes a newer assignment.
 */
@Component
class StaffPostStore {

    static final String POSTS = "staff_posts";

    private final MongoOperations mongo;

    StaffPostStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void recorded(StaffAssignmentsRecorded staff) {
        List<Document> posts = staff.posts().stream()
                .map(p -> new Document("servicePointId", p.servicePointId()).append("window", p.window()))
                .toList();
        try {
            mongo.upsert(
                    query(where("_id")
                            .is(staff.username())
                            .orOperator(
                                    where("version").lt(staff.version()),
                                    where("version").exists(false))),
                    new Update()
                            .set("version", staff.version())
                            .set("department", staff.department())
                            .set("posts", posts),
                    POSTS);
        } catch (DuplicateKeyException newerStored) {
            // A newer version of his posts is stored already: it stays.
        }
    }

    /** Whether {@code username} holds window {@code window} of {@code servicePointId}. */
    boolean holds(String username, String servicePointId, String window) {
        return mongo.exists(
                query(where("_id")
                        .is(username)
                        .and("posts")
                        .elemMatch(Criteria.where("servicePointId")
                                .is(servicePointId)
                                .and("window")
                                .is(window))),
                POSTS);
    }

    /** The windows {@code username} holds at {@code servicePointId}. */
    List<String> windowsAt(String username, String servicePointId) {
        Document staff = mongo.findById(username, Document.class, POSTS);
        if (staff == null) {
            return List.of();
        }
        return staff.getList("posts", Document.class, List.of()).stream()
                .filter(post -> servicePointId.equals(post.getString("servicePointId")))
                .map(post -> post.getString("window"))
                .toList();
    }
}
