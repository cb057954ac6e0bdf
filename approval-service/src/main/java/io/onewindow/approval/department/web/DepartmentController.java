package io.onewindow.approval.department.web;

import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The department registry: platform admins register, change and retire departments. */
@RestController
@Validated
@RequestMapping("/api/approvals/departments")
@PreAuthorize("hasRole('platform-admin')")
@Tag(name = "Departments", description = "The department registry: register, change, retire (platform admin)")
class DepartmentController {

    private final DepartmentRegistry registry;
    private final EntityTags tags;

    DepartmentController(DepartmentRegistry registry, EntityTags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    @GetMapping("/{code}")
    @Tagged
    @Operation(summary = "A registered department, active or retired, with its ETag (platform admin)")
    ResponseEntity<DepartmentViews.Full> get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = DepartmentRequests.CODE) String code) {
        return tags.ok(DepartmentViews.Full.of(registry.get(code, caller)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a department (platform admin): code, Chinese name, optionally the client id of its"
                    + " partner system; 409 when the code is registered; emits DepartmentRecorded (version 1)")
    DepartmentViews.Full register(
            @AuthenticationPrincipal Caller caller, @Valid @RequestBody DepartmentRequests.Registration request) {
        return DepartmentViews.Full.of(registry.register(request.code(), request.particulars(), caller));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Rename a department or change its partner system (platform admin; the whole state: no"
                    + " partnerClientId removes it); 409 once retired; emits DepartmentRecorded (version +1) when"
                    + " something changed; If-Match: the department's ETag (428 without, 412 when it changed since)")
    ResponseEntity<DepartmentViews.Full> change(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = DepartmentRequests.CODE) String code,
            @Valid @RequestBody DepartmentRequests.Change request,
            IfMatch ifMatch) {
        return tags.ok(DepartmentViews.Full.of(registry.change(
                code, request.particulars(), caller, ifMatch.on(d -> tags.of(DepartmentViews.Full.of(d))))));
    }

    @PostMapping("/{code}/retirement")
    @Operation(
            summary = "Retire a department (platform admin): no new matter drafts or publications, no new partner"
                    + " reports; its published matters stay readable; emits DepartmentRecorded (active false)")
    DepartmentViews.Full retire(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = DepartmentRequests.CODE) String code) {
        return DepartmentViews.Full.of(registry.retire(code, caller));
    }
}
