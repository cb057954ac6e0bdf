package io.onewindow.platform.web;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.concurrency.PreconditionFailedException;
import io.onewindow.platform.concurrency.PreconditionRequiredException;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.idempotency.IdempotencyKeyReusedException;
import io.onewindow.platform.identity.RealNameLevelInsufficientException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one mapping from what went wrong to an RFC 9457 problem, shared by every service.
 * Domain exceptions know nothing of HTTP; this adapter gives each kind its status. Bad input
 * is always a 4xx that names the field; nothing internal leaks into a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    public ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        List<Object> arguments = List.of(problems.resourceName(e.resource(), Problems.localeOf(request)), e.id());
        return respond(problems.problem(HttpStatus.NOT_FOUND, e.code(), arguments, e.getMessage(), request), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return respond(
                problems.problem(HttpStatus.CONFLICT, e.code(), e.arguments(), e.getMessage(), request), request);
    }

    /** A service's own {@code Idempotency-Key} used again for another request. */
    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException e, HttpServletRequest request) {
        return respond(
                problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.getMessage(), request),
                request);
    }

    /** An update whose {@code If-Match} no longer matches the stored state. */
    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e, HttpServletRequest request) {
        return respond(
                problems.problem(
                        HttpStatus.PRECONDITION_FAILED, PreconditionFailedException.CODE, e.getMessage(), request),
                request);
    }

    /** An update of an existing resource without {@code If-Match}. */
    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e, HttpServletRequest request) {
        return respond(
                problems.problem(
                        HttpStatus.PRECONDITION_REQUIRED, PreconditionRequiredException.CODE, e.getMessage(), request),
                request);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e, HttpServletRequest request) {
        return respond(
                problems.problem(HttpStatus.FORBIDDEN, e.code(), e.arguments(), e.getMessage(), request), request);
    }

    /** An account not confirmed surely enough: the problem also carries both levels as fields. */
    @ExceptionHandler(RealNameLevelInsufficientException.class)
    ResponseEntity<ProblemDetail> realNameLevelInsufficient(
            RealNameLevelInsufficientException e, HttpServletRequest request) {
        ProblemDetail problem =
                problems.problem(HttpStatus.FORBIDDEN, e.code(), e.arguments(), e.getMessage(), request);
        problem.setProperty("requiredLevel", e.required().code());
        problem.setProperty("heldLevel", e.held().code());
        return respond(problem, request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request) {
        Locale locale = Problems.localeOf(request);
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(
                        v.field(),
                        v.code(),
                        problems.detail(
                                v.code(), v.code().equals(e.code()) ? e.arguments() : List.of(), v.message(), locale)))
                .toList();
        return respond(problems.invalid(e.code(), e.arguments(), e.getMessage(), errors, request), request);
    }

    /** Any other rule a domain raises is a conflict with the state it guards. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        return respond(
                problems.problem(HttpStatus.CONFLICT, e.code(), e.arguments(), e.getMessage(), request), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        Locale locale = Problems.localeOf(request);
        Object target = e.getBindingResult().getTarget();
        Class<?> body = target == null ? null : target.getClass();
        List<FieldProblem> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? new FieldProblem(
                                PublicFieldPath.of(body, field.getField()),
                                field.getCode(),
                                problems.fieldMessage(field, locale))
                        : new FieldProblem(
                                error.getObjectName(), error.getCode(), problems.fieldMessage(error, locale)))
                .toList();
        return respond(
                problems.invalid(
                        "validation",
                        List.of(errors.size()),
                        "the request has " + errors.size() + " invalid value(s)",
                        errors,
                        request),
                request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        Locale locale = Problems.localeOf(request);
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(),
                                error.getCodes() == null || error.getCodes().length == 0
                                        ? "invalid"
                                        : lastSegment(error.getCodes()[error.getCodes().length - 1]),
                                problems.fieldMessage(error, locale))))
                .toList();
        return respond(
                problems.invalid(
                        "validation", List.of(errors.size()), "the request has invalid parameters", errors, request),
                request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(
                        violation.getPropertyPath().toString(),
                        violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        violation.getMessage()))
                .toList();
        return respond(
                problems.invalid(
                        "validation", List.of(errors.size()), "the request has invalid values", errors, request),
                request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return respond(
                        problems.problem(
                                HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage(), request),
                        request);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                String field = path(unknown);
                return respond(
                        problems.invalid(
                                "unknown-field",
                                List.of(field),
                                "field '" + field + "' is not defined",
                                List.of(new FieldProblem(
                                        field, "unknown-field", problems.fieldMessage("unknown-field", request))),
                                request),
                        request);
            }
            if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
                String field = path((DatabindException) cause);
                return respond(
                        problems.invalid(
                                "wrong-type",
                                List.of(field),
                                "field '" + field + "' has the wrong type or format",
                                List.of(new FieldProblem(
                                        field, "wrong-type", problems.fieldMessage("wrong-type", request))),
                                request),
                        request);
            }
            if (cause instanceof JacksonException) {
                break;
            }
            cause = cause.getCause();
        }
        return respond(
                problems.problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-body",
                        "the request body is missing or not valid JSON",
                        request),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(
                problems.invalid(
                        "wrong-type",
                        List.of(e.getName()),
                        "parameter '" + e.getName() + "' has the wrong type",
                        List.of(new FieldProblem(
                                e.getName(), "wrong-type", problems.fieldMessage("wrong-type", request))),
                        request),
                request);
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingRequestHeaderException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> missing(Exception e, HttpServletRequest request) {
        String name = "?";
        if (e instanceof MissingServletRequestParameterException parameter) {
            name = parameter.getParameterName();
        } else if (e instanceof MissingRequestHeaderException header) {
            name = header.getHeaderName();
        } else if (e instanceof MissingServletRequestPartException part) {
            name = part.getRequestPartName();
        }
        return respond(
                problems.problem(HttpStatus.BAD_REQUEST, "missing-parameter", List.of(name), e.getMessage(), request),
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(
                problems.problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large",
                        "the upload exceeds the size limit",
                        request),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(
            HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(
                problems.problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        List.of(String.valueOf(e.getContentType())),
                        e.getMessage(),
                        request),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", e.getMessage(), request), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(
                problems.problem(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "method-not-allowed",
                        List.of(e.getMethod()),
                        e.getMessage(),
                        request),
                request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        Locale locale = Problems.localeOf(request);
        List<Object> arguments = List.of(problems.resourceName("path", locale), request.getRequestURI());
        return respond(
                problems.problem(HttpStatus.NOT_FOUND, "not-found", arguments, "no such resource", request), request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> accessDenied(RuntimeException e, HttpServletRequest request) {
        return respond(
                problems.problem(HttpStatus.FORBIDDEN, "forbidden", "this action needs another role", request),
                request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "sign in first", request), request);
    }

    /** Spring's own errors that already know their status ({@code ResponseStatusException}, ...). */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> errorResponse(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            return unexpected(e, request);
        }
        String code = switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            case CONFLICT -> "conflict";
            default -> "status-" + status.value();
        };
        return respond(problems.problem(status, code, e.getBody().getDetail(), request), request);
    }

    /**
     * A working-day count ran into a year whose official arrangement the calendar does not hold
     * yet: not the caller's fault and not a bug, but data an operator must add, so 503.
     */
    @ExceptionHandler(CalendarNotCoveredException.class)
    ResponseEntity<ProblemDetail> calendarNotCovered(CalendarNotCoveredException e, HttpServletRequest request) {
        log.warn(
                "Working-day calendar does not cover {} ({} {}); covered: {}",
                e.date().getYear(),
                request.getMethod(),
                request.getRequestURI(),
                e.coveredYears());
        String horizon = e.horizon()
                .map(h -> " (provisional counting from the holiday law reaches only up to the horizon: " + h + ")")
                .orElse("");
        ProblemDetail problem = problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "calendar-not-covered",
                e.horizon().isPresent()
                        ? List.of(e.date().getYear(), e.horizon().get())
                        : List.of(e.date().getYear()),
                "working days in " + e.date().getYear() + " cannot be counted yet: the official holiday arrangement"
                        + " for that year has not been added to the calendar" + horizon,
                request);
        if (e.horizon().isPresent()) {
            problem.setDetail(problems.detail(
                    "calendar-not-covered.horizon",
                    List.of(e.date().getYear(), e.horizon().get()),
                    problem.getDetail(),
                    Problems.localeOf(request)));
        }
        problem.setProperty("year", e.date().getYear());
        e.horizon().ifPresent(h -> problem.setProperty("horizon", h.getValue()));
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                problems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "the request could not be completed",
                        request),
                request);
    }

    /** The problem with the language its title and detail are in. */
    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, Problems.contentLanguage(request))
                .body(problem);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String lastSegment(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }
}
