package io.onewindow.elicense.signing.web;

import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.PublishedKey;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The departments' SM2 public keys, for anyone who verifies licenses or QR payloads offline. */
@RestController
@RequestMapping("/api/licenses")
@Tag(name = "Signing keys", description = "Published SM2 public keys and key rotation")
class KeysController {

    private final DepartmentKeys keys;

    KeysController(DepartmentKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/public/keys")
    @Operation(
            summary = "All signing keys ever used",
            description = "Retired keys stay listed so that older "
                    + "licenses and QR payloads remain verifiable. Public keys are base64 X.509 SubjectPublicKeyInfo."
                    + " Not paged (an exception to the list convention): a verifier needs every key at once, and"
                    + " there are a few per department.")
    List<PublishedKey> publicKeys() {
        return keys.published();
    }

    @PostMapping("/keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(
            summary = "Rotate the caller's department key",
            description = "New licenses are signed with the "
                    + "new key; the old one is retired but still published and still verifies what it signed.")
    PublishedKey rotate(@AuthenticationPrincipal Caller caller) {
        return keys.rotate(caller.department(), caller.username());
    }
}
