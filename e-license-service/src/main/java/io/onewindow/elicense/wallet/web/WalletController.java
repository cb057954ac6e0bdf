package io.onewindow.elicense.wallet.web;

import io.onewindow.elicense.license.web.LicenseView;
import io.onewindow.elicense.wallet.Wallet;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holder's licenses, for citizens and enterprises only (a staff token with an {@code id_number}
 * claim is no holder). Another holder's license is answered 404, never shown.
 */
@RestController
@RequestMapping("/api/licenses")
@PreAuthorize("hasAnyRole('citizen','enterprise')")
@Tag(name = "Wallet", description = "A holder's own licenses, QR payloads and PDFs")
class WalletController {

    private final Wallet wallet;

    WalletController(Wallet wallet) {
        this.wallet = wallet;
    }

    /**
     * A license's QR code.
     *
     * @param payload the signed payload, for offline checks and {@code POST /public/verify}
     * @param url what the QR code encodes: the public verification address carrying the payload
     */
    record QrAnswer(String payload, String url) {}

    @GetMapping("/mine")
    @Operation(
            summary = "My licenses",
            description = "Licenses held by the caller's verified ID number or credit code. Paged (see the list"
                    + " convention): newest issue first.")
    ResponseEntity<List<LicenseView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(wallet.mine(caller, page.pageable(Wallet.ORDER)).map(LicenseView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my licenses")
    LicenseView one(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(wallet.open(id, caller));
    }

    @GetMapping("/{id}/qr")
    @Operation(
            summary = "The signed QR payload of my license and the address its QR code encodes",
            description = "Status as of now, signed by the issuing department's current key, with the moment it"
                    + " was made; `url` is the public verification address carrying it. Format in"
                    + " docs/e-license-service.md.")
    QrAnswer qr(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        Wallet.QrCode code = wallet.qrCode(id, caller);
        return new QrAnswer(code.payload(), code.url());
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "My license as PDF", description = "Face data and the signed QR code.")
    ResponseEntity<byte[]> pdf(
            @PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        byte[] body = wallet.pdf(id, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(id + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }
}
