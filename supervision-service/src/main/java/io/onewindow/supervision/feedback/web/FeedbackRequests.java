package io.onewindow.supervision.feedback.web;

import io.onewindow.platform.web.SafeText;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the complaint and rating endpoints. */
final class FeedbackRequests {

    private FeedbackRequests() {}

    /**
     * @param targetType CASE, BOOKING, SERVICE_POINT, DEPARTMENT or OFFICER
     * @param targetId the case id, booking id, service point code, department code or officer username
     * @param department the department responsible, for complaints about a service point or officer
     *     (a known department, or {@code discipline-inspection})
     * @param text what happened
     * @param category what it alleges; COLLUSION, BRIBERY, INTERMEDIARY and OFF_SYSTEM go to the
     *     discipline inspectors; SERVICE when left out
     */
    record FileComplaint(
            @NotNull Complaint.Target targetType,
            @NotBlank @SafeText @Size(max = 64) String targetId,
            @Pattern(regexp = "[a-z0-9-]{1,64}") String department,
            @NotBlank @SafeText @Size(max = 4000) String text,
            Complaint.Category category) {}

    /**
     * A complaint an operator took by phone (12345 hotline) or from the mailbox.
     *
     * @param channel HOTLINE or MAILBOX
     * @param targetType what it is about
     * @param targetId the id of what it is about
     * @param department the department it is about (a known department, or {@code discipline-inspection})
     * @param text what the complainant said
     * @param category what it alleges; SERVICE when left out
     */
    record RecordComplaint(
            @NotNull Complaint.Channel channel,
            @NotNull Complaint.Target targetType,
            @NotBlank @SafeText @Size(max = 64) String targetId,
            @NotNull @Pattern(regexp = "[a-z0-9-]{1,64}") String department,
            @NotBlank @SafeText @Size(max = 4000) String text,
            Complaint.Category category) {}

    /** @param reason why the complainant does not accept the answer */
    record ContestComplaint(
            @NotBlank @SafeText @Size(max = 4000) String reason) {}

    /** @param level 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意 */
    record RateAnswer(@NotNull @Min(1) @Max(5) Integer level) {}

    /** @param assignee the username of the inspector who is to handle it */
    record AssignComplaint(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
            String assignee) {}

    /** @param note why it is closed (optional) */
    record CloseComplaint(@SafeText @Size(max = 4000) String note) {}

    /** @param reply the department's answer to the complainant */
    record AnswerComplaint(
            @NotBlank @SafeText @Size(max = 4000) String reply) {}

    /** Rating channels (国办发〔2019〕51号). */
    enum RatingChannel {
        PC,
        MOBILE,
        QR_CODE,
        HALL_TABLET,
        HALL_TERMINAL,
        PHONE,
        SMS
    }

    /**
     * @param targetType CASE or VISIT
     * @param targetId the case id or booking id
     * @param level 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意
     * @param channel where the rating was given
     * @param comment optional
     */
    record Rate(
            @NotNull Rating.Target targetType,
            @NotBlank @SafeText @Size(max = 64) String targetId,
            @NotNull @Min(1) @Max(5) Integer level,
            @NotNull RatingChannel channel,
            @SafeText @Size(max = 2000) String comment) {}

    /** @param note what the department did about the bad rating */
    record FollowUp(@NotBlank @SafeText @Size(max = 4000) String note) {}
}
