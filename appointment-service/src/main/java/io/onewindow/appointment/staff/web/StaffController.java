package io.onewindow.appointment.staff.web;

import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where staff work: the windows of the service points each staff member is posted at. */
@RestController
@Validated
@RequestMapping("/api/appointments/admin/staff")
@Tag(name = "Staff posts", description = "The service points and windows a staff member works at")
class StaffController {

    private static final String ADMINS = "hasAnyRole('platform-admin','dept-admin')";
    private static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";

    private final StaffPosts staff;
    private final EntityTags tags;

    StaffController(StaffPosts staff, EntityTags tags) {
        this.staff = staff;
        this.tags = tags;
    }

    record PostRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,
            @NotBlank @Pattern(regexp = Window.NUMBER) String window) {}

    /** His department (as the realm says) and all his posts; an empty list posts him nowhere. */
    record AssignmentRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,63}")
            String department,

            @NotNull @Size(max = 50) List<@NotNull @Valid PostRequest> posts) {}

    record AssignmentView(String username, long version, String department, List<StaffAssignment.Post> posts) {

        static AssignmentView of(StaffAssignment a) {
            return new AssignmentView(a.username(), a.version(), a.department(), a.posts());
        }
    }

    @PutMapping("/{username}")
    @PreAuthorize(ADMINS)
    @Operation(
            summary = "Post a staff member at windows",
            description = "Platform administrators, or the department administrator of the staff member's "
                    + "department (the request's department must be his). Replaces every post; each window must "
                    + "exist at its point and be comprehensive or of that department. Publishes "
                    + "StaffAssignmentsRecorded when something changed. If-Match: the ETag of his posts (none "
                    + "for a staff member never posted).")
    ResponseEntity<AssignmentView> assign(
            @PathVariable @Pattern(regexp = USERNAME) String username,
            @Valid @RequestBody AssignmentRequest body,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        return tags.ok(AssignmentView.of(staff.assign(
                caller,
                username,
                body.department(),
                body.posts().stream()
                        .map(p -> new StaffAssignment.Post(p.servicePointId(), p.window()))
                        .toList(),
                ifMatch.on(assignment -> tags.of(AssignmentView.of(assignment))))));
    }

    @GetMapping("/{username}")
    @PreAuthorize(ADMINS)
    @Tagged
    @Operation(
            summary = "A staff member's posts",
            description = "Platform administrators, or the department administrator of his department; 404 when "
                    + "he was never posted.")
    ResponseEntity<AssignmentView> get(
            @PathVariable @Pattern(regexp = USERNAME) String username, @AuthenticationPrincipal Caller caller) {
        return tags.ok(AssignmentView.of(staff.get(caller, username)));
    }
}
