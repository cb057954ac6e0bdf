package io.onewindow.appointment.booking.web;

import io.onewindow.appointment.booking.domain.Channels;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.identity.RealNameRule;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.RealNameCheck;
import io.onewindow.platform.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who books for whom, from the verified token (never from the body): a citizen or an
 * enterprise's representative books for themself; an agent names the principal (and acts under
 * that person's mandate). Also the channel (client id) and the device/IP fingerprint of the request.
 */
@Component
class Identities {

    static final String DEVICE_HEADER = "X-Device-Id";

    private final IdentityHasher hasher;
    private final RealNameCheck realNames;

    Identities(IdentityHasher hasher, RealNameCheck realNames) {
        this.hasher = hasher;
        this.realNames = realNames;
    }

    /**
     * The person who will come, for a new booking: the caller must hold the real-name level booking
     * needs (an agent his own, whoever the principal is; 403 real-name-level-insufficient).
     */
    Principal principal(Caller caller, String principalIdNumber) {
        realNames.require(caller, RealNameRule.BOOKING);
        if (caller.hasRole(Roles.AGENT) && !caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE)) {
            if (principalIdNumber == null) {
                throw new InvalidValueException(
                        "principal-required", "principalIdNumber", "an agent names the person who will come");
            }
            return hasher.principal(ResidentIdNumber.of(principalIdNumber));
        }
        if (principalIdNumber != null) {
            throw new InvalidValueException(
                    "principal-not-allowed", "principalIdNumber", "you book in your own name, from your login");
        }
        return self(caller);
    }

    /** The caller's own principal; refuses accounts without a verified ID number. */
    Principal self(Caller caller) {
        if (caller.idNumber() == null || !ResidentIdNumber.isValid(caller.idNumber())) {
            throw new AccessRefusedException("verified-id-required", "booking needs a verified resident ID number");
        }
        return hasher.principal(ResidentIdNumber.of(caller.idNumber()));
    }

    /** The caller's ID hash, or a value matching nothing for accounts without an ID number. */
    String idHashOrNone(Caller caller) {
        if (caller.idNumber() == null || !ResidentIdNumber.isValid(caller.idNumber())) {
            return "-";
        }
        return hasher.principal(ResidentIdNumber.of(caller.idNumber())).idHash();
    }

    /** The caller's own ID hash, or {@code null} for accounts without a valid ID number. */
    String ownIdHash(Caller caller) {
        String hash = idHashOrNone(caller);
        return "-".equals(hash) ? null : hash;
    }

    Requester requester(Caller caller, HttpServletRequest request) {
        boolean agent = caller.hasRole(Roles.AGENT) && !caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE);
        return new Requester(
                caller.subject(),
                caller.username(),
                agent,
                Channels.ofClient(caller.clientId()),
                hasher.fingerprint(request.getHeader(DEVICE_HEADER), clientIp(request)));
    }

    // Behind the gateway the first X-Forwarded-For hop is the client; the gateway overwrites the
    // header, so a client cannot choose it when the service is reachable only through the gateway.
    private static String clientIp(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
