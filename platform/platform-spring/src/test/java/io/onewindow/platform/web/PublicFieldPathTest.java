package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicFieldPathTest {

    record Principal(String name, String idNumber, String creditCode) {
        boolean isOneCode() {
            return (idNumber == null) != (creditCode == null);
        }
    }

    record Part(String matterCode, List<Principal> principals) {}

    record Filing(Principal principal, List<Part> parts, String matterCode, String businessCode) {
        boolean isOneMatterOrOneBusiness() {
            return (matterCode == null) != (businessCode == null);
        }
    }

    @Test
    void aRuleOfANestedObjectNamesTheObject() {
        assertThat(PublicFieldPath.of(Filing.class, "principal.oneCode")).isEqualTo("principal");
    }

    @Test
    void aRuleOfTheBodysOwnFieldsNamesTheBody() {
        assertThat(PublicFieldPath.of(Filing.class, "oneMatterOrOneBusiness")).isEmpty();
    }

    @Test
    void aRuleInsideAListKeepsTheIndex() {
        assertThat(PublicFieldPath.of(Filing.class, "parts[1].principals[0].oneCode"))
                .isEqualTo("parts[1].principals[0]");
    }

    @Test
    void realFieldsAreNamedAsTheyAre() {
        assertThat(PublicFieldPath.of(Filing.class, "principal.idNumber")).isEqualTo("principal.idNumber");
        assertThat(PublicFieldPath.of(Filing.class, "parts[0].matterCode")).isEqualTo("parts[0].matterCode");
        assertThat(PublicFieldPath.of(String.class, "whatever.path")).isEqualTo("whatever.path");
    }
}
