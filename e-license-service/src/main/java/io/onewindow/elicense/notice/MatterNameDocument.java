package io.onewindow.elicense.notice;

import io.onewindow.elicense.ELicenseServiceApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The name of one published version of a matter ({@code <matterCode>:<version>}). */
@Document(ELicenseServiceApplication.NOTICE_MATTERS)
record MatterNameDocument(@Id String id, String matterCode, int version, String name) {

    static String idOf(String matterCode, int version) {
        return matterCode + ":" + version;
    }
}
