package io.onewindow.console.admin.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administration desk's start: links to the sub-pages the member's roles open (the catalog for
 * catalog and department admins and platform admins; service points and staff posts for platform
 * and department admins; the calendar's official years for platform admins).
 */
@Controller
@PreAuthorize("hasAnyRole('catalog-admin', 'dept-admin', 'platform-admin')")
class AdminController {

    @GetMapping({"/console/admin", "/console/admin/"})
    String start() {
        return "admin/start";
    }
}
