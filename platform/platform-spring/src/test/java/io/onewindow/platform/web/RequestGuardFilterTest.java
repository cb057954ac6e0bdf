package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestGuardFilterTest {

    @Test
    void findsAnOperatorInAnEncodedQueryParameterName() {
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("status%5B%24ne%5D=x")))
                .isEqualTo("status[$ne]");
    }

    @Test
    void findsAnOperatorInAnyValueOfARepeatedParameter() {
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("tier=4&tier=%24gt")))
                .isEqualTo("tier");
    }

    @Test
    void letsOrdinaryQueriesThrough() {
        assertThat(RequestGuardFilter.operatorIn(
                        RequestGuardFilter.queryParameters("q=%E5%B8%82%E6%A1%A5&from=2026-11-27&price=5$")))
                .isNull();
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters(null)))
                .isNull();
    }

    @Test
    void judgesAMalformedEscapeOnItsRawText() {
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("%zz$where=1")))
                .isEqualTo("%zz$where");
    }
}
