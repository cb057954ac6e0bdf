package io.onewindow.platform.web.paging;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.web.GatewayServerUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link PageParams} parameter from the query's {@code page} and {@code size}; every bad
 * value is listed in one 400 {@code validation} problem (field {@code page} or {@code size}, code
 * {@code Min}, {@code Max} or {@code wrong-type}). The links are built at the public URL the OpenAPI
 * document names as its server ({@link GatewayServerUrl}: the gateway's base URL header, a proxy's
 * {@code X-Forwarded-*}, else the configured public base URL).
 */
public final class PageParamsResolver implements HandlerMethodArgumentResolver {

    private final GatewayServerUrl publicUrl;

    /** @param publicUrl the gateway's address, or {@code null} to link to the request's own URL */
    public PageParamsResolver(GatewayServerUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageParams.class.equals(parameter.getParameterType());
    }

    @Override
    public PageParams resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return parse(webRequest.getParameter("page"), webRequest.getParameter("size"), links(request));
    }

    static PageParams parse(String pageValue, String sizeValue, PageLinks links) {
        List<InvalidValueException.Violation> violations = new ArrayList<>();
        int page = number("page", pageValue, 0, 0, PageParams.MAX_PAGE, violations);
        int size = number("size", sizeValue, PageParams.DEFAULT_SIZE, 1, PageParams.MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("validation", "the request has invalid parameters", violations);
        }
        return new PageParams(page, size, links);
    }

    private static int number(
            String name, String value, int absent, int min, int max, List<InvalidValueException.Violation> violations) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!value.matches("-?[0-9]{1,9}")) {
            violations.add(new InvalidValueException.Violation(name, "wrong-type", "wrong type or format"));
            return absent;
        }
        int number = Integer.parseInt(value);
        if (number < min) {
            violations.add(new InvalidValueException.Violation(name, "Min", "must be greater than or equal to " + min));
        } else if (number > max) {
            violations.add(new InvalidValueException.Violation(name, "Max", "must be less than or equal to " + max));
        }
        return number;
    }

    private PageLinks links(HttpServletRequest request) {
        if (request == null) {
            return PageLinks.NONE;
        }
        String base;
        if (publicUrl != null) {
            base = publicUrl.customize(null, new ServletServerHttpRequest(request));
        } else {
            String port = ":" + request.getServerPort();
            base = request.getScheme() + "://" + request.getServerName() + port;
        }
        return new PageLinks(base, request.getRequestURI(), request.getParameterMap());
    }
}
