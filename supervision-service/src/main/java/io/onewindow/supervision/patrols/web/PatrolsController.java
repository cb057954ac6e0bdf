package io.onewindow.supervision.patrols.web;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.patrols.Patrols;
import io.onewindow.supervision.patrols.domain.Patrol;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Volunteer supervisors (义务监督员) record patrol observations at the halls and read their own. */
@RestController
@RequestMapping("/api/supervision/patrols")
@PreAuthorize("hasRole('volunteer-supervisor')")
@Validated
@Tag(name = "Patrols: volunteer supervisors", description = "Patrol observations at the halls (义务监督员巡查)")
class PatrolsController {

    static final String RECORD = "observedAt RFC 3339 with offset, not in the future (400 patrol.observed-in-future)"
            + " nor older than onewindow.supervision.patrols.max-age (400 patrol.observed-too-long-ago);"
            + " servicePointId a hall of the registry (400 patrol.unknown-hall); a photo JPEG or PNG by its"
            + " bytes (400 patrol.photo-type) of at most max-photo-size (400 patrol.photo-too-large). A category"
            + " alleging misconduct raises alert patrol.misconduct-observed (rule 21). Idempotency-Key: the same"
            + " request again answers the first observation; another request under the key is 422"
            + " idempotency-key-reused.";

    private final Patrols patrols;

    PatrolsController(Patrols patrols) {
        this.patrols = patrols;
    }

    /** The id and, for a misconduct category, the alert raised. */
    record Created(String id, String alertId) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a patrol observation without a photo", description = RECORD)
    Created record(
            @Valid @RequestBody PatrolRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyKey,
            @AuthenticationPrincipal Caller caller) {
        return created(patrols.record(caller, observation(request), null, idempotencyKey));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a patrol observation with a photo",
            description =
                    "Part `observation` (application/json) as the JSON request, part `photo` the picture. " + RECORD)
    Created recordWithPhoto(
            @Valid @RequestPart("observation") PatrolRequest request,
            @RequestPart(name = "photo", required = false) MultipartFile photo,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyKey,
            @AuthenticationPrincipal Caller caller)
            throws IOException {
        byte[] bytes = null;
        if (photo != null) {
            if (photo.isEmpty()) {
                throw new InvalidValueException("patrol.photo-empty", "photo", "the photo is empty");
            }
            bytes = photo.getBytes();
        }
        return created(patrols.record(caller, observation(request), bytes, idempotencyKey));
    }

    @GetMapping("/mine")
    @Operation(
            summary = "My patrol observations, newest first, a page at a time",
            description = "Paged (see the list convention): newest observation first, then id.")
    ResponseEntity<List<PatrolView>> mine(PageParams page, @AuthenticationPrincipal Caller caller) {
        return page.ok(patrols.mine(caller, page.pageable(Patrols.NEWEST_FIRST)).map(PatrolView::forVolunteer));
    }

    @GetMapping("/{patrolId}")
    @Operation(summary = "One of my patrol observations; another volunteer's is 404")
    PatrolView one(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String patrolId,
            @AuthenticationPrincipal Caller caller) {
        return PatrolView.forVolunteer(patrols.mine(caller, patrolId));
    }

    private static Patrol.Observation observation(PatrolRequest request) {
        return new Patrol.Observation(
                request.servicePointId(),
                request.window(),
                request.category(),
                request.description(),
                request.observedAt().toInstant());
    }

    private static Created created(Patrols.Recorded recorded) {
        return new Created(recorded.patrol().id(), recorded.alertId());
    }
}
