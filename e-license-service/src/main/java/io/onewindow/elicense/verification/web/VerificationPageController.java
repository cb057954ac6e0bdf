package io.onewindow.elicense.verification.web;

import io.onewindow.elicense.verification.Verification;
import io.onewindow.elicense.verification.VerificationResult;
import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The verification page a phone opens when it scans a license's QR code: the same address as the
 * JSON verification ({@code GET …/public/verify?p=…}), answered as HTML when the client asks for
 * HTML (a browser, a phone camera, WeChat). It shows the result in Chinese in large type and the
 * license's public face (a person's name masked, as in the JSON answer), and a field to check a
 * license by its identifier. Programs asking for JSON (or for anything, {@code *}{@code /*}) still get
 * the JSON answer of {@link VerificationController}.
 */
@Controller
@Hidden
@RequestMapping("/api/licenses/public/verify")
class VerificationPageController {

    /** Nothing is loaded from elsewhere; the page's own style only; no framing, no form posts away. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<VerificationResult, String> HEADLINES = Map.of(
            VerificationResult.VALID, "有效",
            VerificationResult.EXPIRED, "已过期",
            VerificationResult.SUSPENDED, "已暂停",
            VerificationResult.REVOKED, "已撤销",
            VerificationResult.INVALID, "无效");

    private static final Map<VerificationResult, String> EXPLANATIONS = Map.of(
            VerificationResult.VALID, "该证照真实，且在有效期内。",
            VerificationResult.EXPIRED, "该证照真实，但已超过有效期，不能再作为有效证照使用。",
            VerificationResult.SUSPENDED, "该证照真实，但已被发证机关暂停使用。",
            VerificationResult.REVOKED, "该证照已被发证机关撤销，不能再使用。",
            VerificationResult.INVALID, "未能核验：二维码或证照编号不是本平台签发的有效证照。");

    private static final Map<String, String> WARNINGS =
            Map.of("qr-older-than-max-age", "该二维码生成时间较早；离线核验无法得知此后的暂停或撤销，请以在线核验结果为准。");

    private final Verification verification;
    private final ServiceProperties service;

    VerificationPageController(Verification verification, ServiceProperties service) {
        this.verification = verification;
        this.service = service;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(
            @RequestParam(required = false) String identifier,
            @RequestParam(name = "p", required = false) String p,
            Model model,
            HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
        boolean hasIdentifier = identifier != null && !identifier.isBlank();
        boolean hasPayload = p != null && !p.isBlank();
        model.addAttribute("identifier", hasIdentifier ? identifier.strip() : "");
        if (hasIdentifier == hasPayload) {
            if (hasIdentifier) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("message", "请只提供二维码或证照编号中的一项。");
            }
            return "verify";
        }
        if ((hasIdentifier && identifier.length() > 200) || (hasPayload && p.length() > 1024)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("message", "输入过长，不是本平台的二维码或证照编号。");
            return "verify";
        }
        Verification.Answer answer =
                hasIdentifier ? verification.byIdentifier(identifier.strip()) : verification.byQrParameter(p);
        model.addAttribute("answer", answer);
        model.addAttribute("headline", HEADLINES.get(answer.result()));
        model.addAttribute("explanation", EXPLANATIONS.get(answer.result()));
        model.addAttribute("resultClass", answer.result().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("validPeriod", period(answer.validFrom(), answer.validTo()));
        model.addAttribute("checkedAt", minute(answer.checkedAt()));
        model.addAttribute("qrMadeAt", answer.qrMadeAt() == null ? null : MINUTE.format(answer.qrMadeAt()));
        model.addAttribute("warnings", warnings(answer.warnings()));
        return "verify";
    }

    private String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(OffsetDateTime.ofInstant(instant, service.timeZone()));
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "" : from.toString()) + " 至 " + (to == null ? "长期" : to.toString());
    }

    private static List<String> warnings(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream().map(code -> WARNINGS.getOrDefault(code, code)).toList();
    }
}
