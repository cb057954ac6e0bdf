package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of license types this service issues: the public list, the admins' definitions
 * (who may define is checked at the web adapter, {@code catalog-admin} or {@code platform-admin}),
 * and the lookups issuance and renewal make.
 */
@UseCase
public class LicenseTypes {

    private final LicenseTypeStore types;

    LicenseTypes(LicenseTypeStore types) {
        this.types = types;
    }

    public Optional<LicenseType> find(String code) {
        return types.find(code);
    }

    public LicenseType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("license-type", code));
    }

    public List<LicenseType> all() {
        return types.all();
    }

    /** Creates or replaces the type with the same code (idempotent: used by demo seeding). */
    public void define(LicenseType type) {
        types.put(type);
    }
}
