package io.onewindow.notification.inbox;

import io.onewindow.notification.inbox.domain.Recipients;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The inbox keys of a caller, from the verified token alone: the keyed pseudonym of its
 * {@code id_number}, that of its {@code credit_code} (an enterprise's notices), its subject and its
 * username (an agent addressed by account). Needs the same pseudonym key as the services that write
 * the pseudonyms into their events.
 */
@Component
public class InboxKeys {

    private final IdentityPseudonyms pseudonyms;

    InboxKeys(IdentityPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The caller's inbox keys, the ID number's pseudonym first. */
    public Set<String> of(Caller caller) {
        Set<String> keys = new LinkedHashSet<>();
        if (caller.idNumber() != null && !caller.idNumber().isBlank()) {
            keys.add(pseudonyms.ofIdNumber(caller.idNumber()));
        }
        if (caller.creditCode() != null && !caller.creditCode().isBlank()) {
            keys.add(pseudonyms.ofCreditCode(caller.creditCode()));
        }
        keys.add(Recipients.ofSubject(caller.subject()));
        if (caller.username() != null && !caller.username().isBlank()) {
            keys.add(Recipients.ofUsername(caller.username()));
        }
        return keys;
    }
}
