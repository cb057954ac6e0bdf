package io.onewindow.appointment.catalog;

import io.onewindow.appointment.catalog.domain.CatalogMatter;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest published version of a catalog matter, keyed by its code. */
@Document("catalog_matters")
record CatalogMatterDocument(@Id String code, int version, String name, String department, List<String> servicePoints) {

    CatalogMatter toDomain() {
        return new CatalogMatter(code, version, name, department, servicePoints);
    }
}
