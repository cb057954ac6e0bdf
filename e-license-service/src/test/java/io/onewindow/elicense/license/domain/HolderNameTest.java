package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderNameTest {

    @Test
    void aPersonsNameComposedGivenNameFirstPrintsFamilyNameFirstWithoutSpace() {
        assertThat(HolderName.printed("志强 陈", HolderCodeType.RESIDENT_ID)).isEqualTo("陈志强");
        assertThat(HolderName.printed("修 欧阳", HolderCodeType.RESIDENT_ID)).isEqualTo("欧阳修");
        assertThat(HolderName.printed(" 建国\u3000黄 ", HolderCodeType.RESIDENT_ID))
                .isEqualTo("黄建国");
    }

    @Test
    void aNameAlreadyInOrderOrNotChineseStaysAsItIs() {
        assertThat(HolderName.printed("陈志强", HolderCodeType.RESIDENT_ID)).isEqualTo("陈志强");
        assertThat(HolderName.printed("John Smith", HolderCodeType.RESIDENT_ID)).isEqualTo("John Smith");
        assertThat(HolderName.printed("志强 Chen", HolderCodeType.RESIDENT_ID)).isEqualTo("志强 Chen");
    }

    @Test
    void anEnterprisesNameIsNeverTurnedRound() {
        assertThat(HolderName.printed("番禺 示例", HolderCodeType.CREDIT_CODE)).isEqualTo("番禺 示例");
    }

    @Test
    void inPublicAPersonIsMaskedAfterTheFamilyName() {
        assertThat(HolderName.inPublic("志强 陈", HolderCodeType.RESIDENT_ID)).isEqualTo("陈**");
        assertThat(HolderName.inPublic("陈志强", HolderCodeType.RESIDENT_ID)).isEqualTo("陈**");
        assertThat(HolderName.inPublic("陈", HolderCodeType.RESIDENT_ID)).isEqualTo("陈*");
        assertThat(HolderName.inPublic("𠮷野家", HolderCodeType.RESIDENT_ID)).isEqualTo("𠮷**");
    }

    @Test
    void inPublicAnEnterpriseIsShownInFull() {
        assertThat(HolderName.inPublic("广州番禺示例科技有限公司", HolderCodeType.CREDIT_CODE))
                .isEqualTo("广州番禺示例科技有限公司");
    }
}
