package io.onewindow.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * Picks the language of a problem's texts from {@code Accept-Language}: Chinese unless the
 * client prefers English. The JVM's default locale plays no part, so a gateway on an English
 * server still answers Chinese clients (and clients that say nothing) in Chinese.
 */
final class ProblemLanguage {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private ProblemLanguage() {}

    static Locale of(HttpHeaders headers) {
        List<Locale> preferred;
        try {
            preferred = headers.getAcceptLanguageAsLocales();
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        for (Locale locale : preferred) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }
}
