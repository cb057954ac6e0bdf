package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The caller's language for everything a service says in words: Chinese (zh-CN) unless the
 * caller's {@code Accept-Language} prefers English (any {@code en-*}); other languages get
 * Chinese. Spring MVC puts it in the locale context of the request, so Bean Validation writes
 * its field messages in the same language as the problem's title and detail.
 */
public class CallerLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Problems.localeOf(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows the Accept-Language header");
    }
}
