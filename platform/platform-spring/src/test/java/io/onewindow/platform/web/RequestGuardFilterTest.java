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
    void findsAnObjectWithAnOperatorKeyInAValue() {
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("text=%7B%22%24gt%22%3A%22%22%7D")))
                .isEqualTo("text");
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("q=%7B+%24ne%3A+1%7D")))
                .isEqualTo("q");
    }

    @Test
    void letsADollarInsideOrdinaryTextThrough() {
        assertThat(RequestGuardFilter.operatorIn(RequestGuardFilter.queryParameters("text=fee+in+US%24+%7Bnote%7D")))
                .isNull();
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
