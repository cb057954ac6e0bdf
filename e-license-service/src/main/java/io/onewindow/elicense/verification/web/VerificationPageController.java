package io.onewindow.elicense.verification.web;

import io.onewindow.elicense.verification.Verification;
import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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

    /** By result name (VALID, EXPIRED, SUSPENDED, REVOKED, INVALID). */
    static final Map<String, String> HEADLINES = Map.of(
            "VALID", "有效",
            "EXPIRED", "已过期",
            "SUSPENDED", "已暂停",
            "REVOKED", "已撤销",
            "INVALID", "无效");

    static final Map<String, String> EXPLANATIONS = Map.of(
            "VALID", "该证照真实，且在有效期内。",
            "EXPIRED", "该证照真实，但已超过有效期，不能再作为有效证照使用。",
            "SUSPENDED", "该证照真实，但已被发证机关暂停使用。",
            "REVOKED", "该证照已被发证机关撤销，不能再使用。",
            "INVALID", "未能核验：二维码或证照编号不是本平台签发的有效证照。");

    private static final Map<String, String> WARNINGS =
            Map.of("qr-older-than-max-age", "该二维码生成时间较早；离线核验无法得知此后的暂停或撤销，请以在线核验结果为准。");

    private final Verification verification;
    private final ServiceProperties service;

    VerificationPageController(Verification verification, ServiceProperties service) {
        this.verification = verification;
        this.service = service;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(
            @RequestParam(required = false) String identifier,
            @RequestParam(name = "p", required = false) String p,
            HttpServletResponse response) {
        ModelAndView model = new ModelAndView("verify");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
        boolean hasIdentifier = identifier != null && !identifier.isBlank();
        boolean hasPayload = p != null && !p.isBlank();
        model.addObject("identifier", hasIdentifier ? identifier.strip() : "");
        if (hasIdentifier == hasPayload) {
            if (hasIdentifier) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addObject("message", "请只提供二维码或证照编号中的一项。");
            }
            return model;
        }
        if ((hasIdentifier && identifier.length() > 200) || (hasPayload && p.length() > 1024)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addObject("message", "输入过长，不是本平台的二维码或证照编号。");
            return model;
        }
        Verification.Answer answer =
                hasIdentifier ? verification.byIdentifier(identifier.strip()) : verification.byQrParameter(p);
        model.addObject("answer", answer);
        String result = String.valueOf(answer.result());
        model.addObject("headline", HEADLINES.get(result));
        model.addObject("explanation", EXPLANATIONS.get(result));
        model.addObject("resultClass", result.toLowerCase(Locale.ROOT));
        model.addObject("validPeriod", period(answer.validFrom(), answer.validTo()));
        model.addObject("checkedAt", minute(answer.checkedAt()));
        model.addObject("qrMadeAt", answer.qrMadeAt() == null ? null : MINUTE.format(answer.qrMadeAt()));
        model.addObject("warnings", warnings(answer.warnings()));
        return model;
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
