package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.client.appointment.api.BookingsApi;
import io.onewindow.client.appointment.api.SlotsApi;
import io.onewindow.client.appointment.model.AvailabilityOfferedSlot;
import io.onewindow.client.appointment.model.BookingControllerBookRequest;
import io.onewindow.client.appointment.model.BookingView;
import io.onewindow.client.approval.api.CasesApi;
import io.onewindow.client.approval.api.MaterialFilesApi;
import io.onewindow.client.approval.model.CaseView;
import io.onewindow.client.approval.model.CaseViewMaterial;
import io.onewindow.client.approval.model.RequestsCorrection;
import io.onewindow.client.approval.model.RequestsCorrectionItem;
import io.onewindow.client.approval.model.RequestsDecision;
import io.onewindow.client.approval.model.RequestsMaterial;
import io.onewindow.client.approval.model.RequestsResubmit;
import io.onewindow.client.approval.model.RequestsStep;
import io.onewindow.client.approval.model.RequestsSubmit;
import io.onewindow.client.elicense.api.VerificationPublicApi;
import io.onewindow.client.elicense.api.WalletApi;
import io.onewindow.client.elicense.model.LicenseView;
import io.onewindow.client.elicense.model.VerificationAnswer;
import io.onewindow.client.elicense.model.VerificationControllerVerifyRequest;
import io.onewindow.client.elicense.model.WalletControllerQrAnswer;
import io.onewindow.client.supervision.api.RatingsApi;
import io.onewindow.client.supervision.model.FeedbackRequestsRate;
import io.onewindow.client.supervision.model.RatingsControllerRatingView;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's proof that the committed OpenAPI documents are a contract an integrator can build on:
 * every API call of a whole journey goes through the gateway with the clients openapi-generator
 * makes from docs/openapi (module {@code api-clients}), and every step is read from the generated
 * models. Only the tokens come from Keycloak directly, as a portal's login would get them.
 *
 * <p>enterprise1 books a visit for a food operation license (MR-SP-001) in the business-operations
 * hall, files the case online with one material missing, gets ONE correction notice, corrects it
 * with its business license as an e-license; officer1 accepts, approver1 completes the catalog's
 * steps and approves; e-license-service issues the license, which verifies VALID through the public
 * verification (by identifier, by the QR payload, by the QR's link); enterprise1 rates the case.
 */
class AJourneyNeedsOnlyTheGeneratedClientsIT {

    private static final String HALL = "hall-business-operations";
    private static final String FOOD_LICENSE = "MR-SP-001";
    private static final String COMPANY_NAME = "广州番禺示例科技有限公司";

    private static Gateway gateway;
    private static GeneratedClients clients;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
        clients = new GeneratedClients(RunningPlatform.shared());
    }

    @Test
    void bookFileCorrectAcceptApproveVerifyAndRateWithOnlyTheGeneratedClients() throws Exception {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String approver = gateway.tokenOf("approver1");

        // Book: the public availability (no token), then the earliest open slot past the cut-offs.
        BookingView booking = bookEarliestOpenSlot(company);
        assertThat(booking.getStatus()).isEqualTo("BOOKED");
        assertThat(booking.getMatterCode()).isEqualTo(FOOD_LICENSE);
        assertThat(booking.getServicePointId()).isEqualTo(HALL);
        assertThat(booking.getSlotStart().toInstant()).isAfter(Gateway.now());
        // The visit is not needed for the filing online: cancelled (past the notice), which gives the
        // company's day limit back to the other system tests that book for enterprise1.
        List<BookingView> cancelled =
                new BookingsApi(clients.appointments(company)).bookingCancel(booking.getId(), null);
        assertThat(cancelled).extracting(BookingView::getStatus).containsOnly("CANCELLED");

        // File: the layout drawing uploaded, the business license and the safety rules missing.
        CasesApi companyCases = new CasesApi(clients.approvals(company));
        MaterialFilesApi files = new MaterialFilesApi(clients.approvals(company));
        String layout = files.fileUpload(pdf("layout"), null).getId();
        CaseView filed = companyCases.caseSubmit(
                new RequestsSubmit()
                        .matterCode(FOOD_LICENSE)
                        .enterpriseName(COMPANY_NAME)
                        .formData(Map.of(
                                "经营者名称", COMPANY_NAME,
                                "经营场所", "番禺区市桥街光明北路2号",
                                "主体业态", "餐饮服务经营者",
                                "经营项目", "热食类食品制售"))
                        .materials(List.of(
                                new RequestsMaterial().materialCode("layout").fileId(layout))),
                "clients19-" + booking.getId());
        String caseId = filed.getId();
        assertThat(filed.getState()).isEqualTo("PRE_REVIEW");
        assertThat(filed.getChannel()).isEqualTo("ONLINE");
        assertThat(filed.getMatterCode()).isEqualTo(FOOD_LICENSE);

        // Correct: ONE notice listing everything missing, answered with the e-license and the rules.
        CaseView noticed = new CasesApi(clients.approvals(officer))
                .caseRequestCorrection(
                        caseId,
                        new RequestsCorrection()
                                .items(List.of(
                                        new RequestsCorrectionItem()
                                                .materialCode("business-license")
                                                .problem("未提交营业执照"),
                                        new RequestsCorrectionItem()
                                                .materialCode("safety-rules")
                                                .problem("未提交食品安全管理制度"))),
                        null);
        assertThat(noticed.getState()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(companyCases.caseRead(caseId).getCorrections()).hasSize(1);
        String businessLicense = new WalletApi(clients.licenses(company))
                .walletOne("lic-demo-enterprise1-business")
                .getIdentifier();
        String safetyRules = files.fileUpload(pdf("safety-rules"), null).getId();
        CaseView corrected = companyCases.caseResubmit(
                caseId,
                new RequestsResubmit()
                        .materials(List.of(
                                new RequestsMaterial()
                                        .materialCode("business-license")
                                        .licenseIdentifier(businessLicense),
                                new RequestsMaterial()
                                        .materialCode("safety-rules")
                                        .fileId(safetyRules))),
                null);
        assertThat(corrected.getState()).isEqualTo("PRE_REVIEW");
        CaseViewMaterial licenseMaterial = corrected.getMaterials().stream()
                .filter(material -> "business-license".equals(material.getMaterialCode()))
                .findFirst()
                .orElseThrow();
        assertThat(licenseMaterial.getLicenseIdentifier()).isEqualTo(businessLicense);
        assertThat(licenseMaterial.getLicenseCheck()).isEqualTo("VALID");

        // Accept: the statutory clock starts.
        CaseView accepted = new CasesApi(clients.approvals(officer)).caseAccept(caseId, null);
        assertThat(accepted.getState()).isEqualTo("ACCEPTED");
        assertThat(accepted.getAcceptedAt()).isNotNull();
        assertThat(accepted.getClock()).isNotNull();

        // Approve: the demo catalog's steps of MR-SP-001 (review, decide), then the approval.
        CasesApi approverCases = new CasesApi(clients.approvals(approver));
        CaseView reviewed = approverCases.caseCompleteStep(
                caseId, new RequestsStep().stepCode("review").opinion("材料齐全"), null);
        assertThat(reviewed.getNextStep()).isEqualTo("decide");
        approverCases.caseCompleteStep(
                caseId, new RequestsStep().stepCode("decide").opinion("准予许可"), null);
        CaseView approved = approverCases.caseApprove(caseId, new RequestsDecision(), null);
        assertThat(approved.getState()).isEqualTo("APPROVED");
        assertThat(approved.getSteps()).hasSize(2);
        String caseNumber = approved.getCaseNumber();

        // Issued: e-license-service makes the license from the approval event.
        WalletApi wallet = new WalletApi(clients.licenses(company));
        AtomicReference<LicenseView> issued = new AtomicReference<>();
        await("the license of case " + caseNumber + " in enterprise1's wallet")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    wallet.walletMine(0, 100).stream()
                            .filter(license -> caseNumber.equals(license.getCaseNumber()))
                            .findFirst()
                            .ifPresent(issued::set);
                    return issued.get() != null;
                });
        LicenseView license = issued.get();
        assertThat(license.getStatus()).isEqualTo("VALID");
        assertThat(license.getOrigin()).isEqualTo("APPROVAL");
        assertThat(license.getMatterCode()).isEqualTo(FOOD_LICENSE);
        assertThat(license.getValidFrom()).isNotNull();
        assertThat(license.getFaceData()).containsEntry("经营者名称", COMPANY_NAME);

        // Verify: the public operations, without a token; a made-up identifier is not VALID.
        VerificationPublicApi verification = new VerificationPublicApi(clients.licenses(null));
        VerificationAnswer byIdentifier = verification.verificationVerify(
                new VerificationControllerVerifyRequest().identifier(license.getIdentifier()));
        assertThat(byIdentifier.getResult()).isEqualTo(VerificationAnswer.ResultEnum.VALID);
        assertThat(byIdentifier.getHolderName()).isEqualTo(COMPANY_NAME);
        WalletControllerQrAnswer qr = wallet.walletQr(license.getId());
        VerificationAnswer byPayload =
                verification.verificationVerify(new VerificationControllerVerifyRequest().payload(qr.getPayload()));
        assertThat(byPayload.getResult()).isEqualTo(VerificationAnswer.ResultEnum.VALID);
        assertThat(byPayload.getQrStatus()).isEqualTo("VALID");
        // The QR code's address carries the payload as its `p` parameter (base64url, as documented).
        String p = java.net.URI.create(qr.getUrl()).getRawQuery().replaceFirst("^(?:.*&)?p=([^&]*).*$", "$1");
        assertThat(p).isNotEqualTo(qr.getPayload());
        assertThat(verification.verificationVerifyByLink(null, p).getResult())
                .isEqualTo(VerificationAnswer.ResultEnum.VALID);
        assertThat(verification.verificationVerifyByLink(null, qr.getPayload()).getResult())
                .as("the bare payload is not the link's parameter")
                .isNotEqualTo(VerificationAnswer.ResultEnum.VALID);
        assertThat(verification
                        .verificationVerify(new VerificationControllerVerifyRequest()
                                .identifier(license.getIdentifier().substring(1) + "0"))
                        .getResult())
                .isNotEqualTo(VerificationAnswer.ResultEnum.VALID);

        // Rate: once supervision knows the decided case, enterprise1 rates it (好差评).
        RatingsApi ratings = new RatingsApi(clients.supervision(company));
        FeedbackRequestsRate rate = new FeedbackRequestsRate()
                .targetType(FeedbackRequestsRate.TargetTypeEnum.CASE)
                .targetId(caseId)
                .level(5)
                .channel(FeedbackRequestsRate.ChannelEnum.PC)
                .comment("办理顺畅");
        AtomicReference<RatingsControllerRatingView> rated = new AtomicReference<>();
        await("supervision takes enterprise1's rating of case " + caseNumber)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    try {
                        rated.set(ratings.ratingsRate(rate, "clients19-rating-" + caseId));
                        return true;
                    } catch (io.onewindow.client.supervision.invoker.ApiException notYet) {
                        assertThat(notYet.getCode())
                                .as(notYet.getResponseBody())
                                .isIn(404, 409);
                        return false;
                    }
                });
        assertThat(rated.get().getLevel()).isEqualTo(5);
        assertThat(rated.get().getTargetType()).isEqualTo("CASE");
        assertThat(rated.get().getTargetId()).isEqualTo(caseId);
        assertThat(rated.get().getChannel()).isEqualTo("PC");
        assertThat(ratings.ratingsMine(0, 100))
                .extracting(RatingsControllerRatingView::getTargetId)
                .contains(caseId);
    }

    /**
     * The earliest OPEN slot of the food license in the hall that starts after every cut-off
     * ({@link Appointments#PAST_EVERY_CUT_OFF}), booked; a slot taken meanwhile (409) moves on.
     */
    private static BookingView bookEarliestOpenSlot(String token) throws Exception {
        LocalDate today = Gateway.serviceToday();
        OffsetDateTime notBefore = Gateway.now()
                .plus(Appointments.PAST_EVERY_CUT_OFF)
                .atZone(Gateway.SERVICE_ZONE)
                .toOffsetDateTime();
        List<AvailabilityOfferedSlot> open = new ArrayList<>(
                new SlotsApi(clients.appointments(null)).slotSlots(HALL, FOOD_LICENSE, today, today.plusDays(30)));
        open.removeIf(slot -> !"OPEN".equals(slot.getState())
                || slot.getRemaining() <= 0
                || !slot.getStart().isAfter(notBefore));
        open.sort(Comparator.comparing(AvailabilityOfferedSlot::getStart));
        assertThat(open).as("open slots of %s in %s", FOOD_LICENSE, HALL).isNotEmpty();
        BookingsApi bookings = new BookingsApi(clients.appointments(token));
        List<String> refused = new ArrayList<>();
        for (AvailabilityOfferedSlot slot : open.subList(0, Math.min(8, open.size()))) {
            try {
                return bookings.bookingBook(
                        new BookingControllerBookRequest()
                                .servicePointId(HALL)
                                .matterCode(FOOD_LICENSE)
                                .start(slot.getStart()),
                        "clients19-" + slot.getStart().toEpochSecond());
            } catch (io.onewindow.client.appointment.invoker.ApiException taken) {
                assertThat(taken.getCode()).as(taken.getResponseBody()).isEqualTo(409);
                refused.add(slot.getStart() + ": " + taken.getResponseBody());
            }
        }
        throw new AssertionError("no open slot could be booked: " + refused);
    }

    private static File pdf(String name) throws IOException {
        File file = Files.createTempFile(name, ".pdf").toFile();
        file.deleteOnExit();
        Files.writeString(file.toPath(), "%PDF-1.7\n% " + name + "\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }
}
