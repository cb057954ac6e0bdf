package io.onewindow.appointment.agency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.onewindow.platform.domain.ConflictException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * An agent belongs to at most one intermediary: enrolling first claims the account and the ID
 * number's pseudonym as documents with unique ids, so two administrators enrolling one agent under
 * two intermediaries at once cannot both succeed (the unique {@code _id} decides, no transaction).
 */
@Component
class AgentClaims {

    private final MongoCollection<Document> claims;

    AgentClaims(MongoTemplate mongo) {
        this.claims = mongo.getCollection("agency_agent_claims");
    }

    /**
     * Claims the account and the ID pseudonym for the intermediary; claims it already holds count.
     *
     * @return the keys claimed now (to give back if the enrolment fails)
     * @throws ConflictException {@code agency.agent-enrolled} when either belongs to another intermediary
     */
    List<String> claim(String username, String idPseudonym, String intermediaryCode) {
        List<String> claimed = new ArrayList<>();
        for (String key : List.of("user:" + username, "id:" + idPseudonym)) {
            try {
                claims.insertOne(new Document("_id", key).append("intermediary", intermediaryCode));
                claimed.add(key);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    release(claimed, intermediaryCode);
                    throw e;
                }
                Document existing = claims.find(Filters.eq("_id", key)).first();
                if (existing == null || !intermediaryCode.equals(existing.getString("intermediary"))) {
                    release(claimed, intermediaryCode);
                    throw new ConflictException(
                            "agency.agent-enrolled", "the agent is enrolled under another intermediary");
                }
            }
        }
        return claimed;
    }

    /** Gives back claims made now for an enrolment that failed. */
    void release(List<String> keys, String intermediaryCode) {
        if (!keys.isEmpty()) {
            claims.deleteMany(Filters.and(Filters.in("_id", keys), Filters.eq("intermediary", intermediaryCode)));
        }
    }
}
