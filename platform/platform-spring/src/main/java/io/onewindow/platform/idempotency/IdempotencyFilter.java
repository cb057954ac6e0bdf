package io.onewindow.platform.idempotency;

import io.onewindow.platform.idempotency.IdempotencyRecords.Claim;
import io.onewindow.platform.idempotency.IdempotencyRecords.Finished;
import io.onewindow.platform.idempotency.IdempotencyRecords.InFlight;
import io.onewindow.platform.idempotency.IdempotencyRecords.Scope;
import io.onewindow.platform.idempotency.IdempotencyRecords.StoredResponse;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.PayloadTooLargeException;
import io.onewindow.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a creating {@code POST} safe to retry: an authenticated caller's request carrying
 * {@code Idempotency-Key} claims the key (scope: service, caller subject, method, path, key); a
 * retry with the same request fingerprint is answered with the first answer (status,
 * {@code Content-Type}, {@code Location}, {@code ETag}, body, plus {@value #REPLAYED}) without
 * running the controller again; another request under the key is a 422, one arriving while the first
 * still runs a 409 with {@code Retry-After}. A first attempt ending in a 5xx or an exception frees
 * the key. Runs after Spring Security, so the caller is known; anonymous requests and the paths in
 * {@code onewindow.idempotency.excluded-paths} are passed through untouched.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyRecords records;
    private final ProblemWriter problems;
    private final String service;
    private final List<String> excludedPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    public IdempotencyFilter(
            IdempotencyRecords records, ProblemWriter problems, String service, List<String> excludedPaths) {
        this.records = records;
        this.problems = problems;
        this.service = service;
        this.excludedPaths = List.copyOf(excludedPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String subject = subjectOf(SecurityContextHolder.getContext().getAuthentication());
        String path = pathOf(request);
        if (subject == null || isExcluded(path)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!isValidKey(key)) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "idempotency-key-invalid",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters");
            return;
        }
        HttpServletRequest toRun = request;
        String fingerprint;
        if (isMultipart(request)) {
            try {
                fingerprint = RequestFingerprint.ofParts(request);
            } catch (IOException | ServletException | IllegalStateException unreadable) {
                // A broken or oversize upload: refused downstream the same way every time.
                chain.doFilter(request, response);
                return;
            }
        } else {
            byte[] body;
            try {
                body = request.getInputStream().readAllBytes();
            } catch (PayloadTooLargeException tooLarge) {
                problems.write(
                        request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage());
                return;
            }
            fingerprint = RequestFingerprint.ofBody(request.getQueryString(), body);
            toRun = new CachedBodyRequest(request, body);
        }

        Scope scope = new Scope(service, subject, request.getMethod(), path, key);
        String id = scope.id();
        Claim claim = records.claim(id, fingerprint, scope);
        if (claim instanceof InFlight inFlight) {
            if (!inFlight.fingerprint().equals(fingerprint)) {
                reused(request, response);
                return;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-in-flight",
                    "the first request with this Idempotency-Key is still running");
            return;
        }
        if (claim instanceof Finished finished) {
            if (!finished.fingerprint().equals(fingerprint)) {
                reused(request, response);
                return;
            }
            replay(finished.response(), response);
            return;
        }
        runFirst(id, toRun, response, chain);
    }

    private void runFirst(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            records.abandon(id);
            throw failure;
        }
        try {
            if (answer.getStatus() < 500) {
                records.complete(
                        id,
                        new StoredResponse(
                                answer.getStatus(),
                                answer.getContentType(),
                                answer.getHeader(HttpHeaders.LOCATION),
                                answer.getHeader(HttpHeaders.ETAG),
                                answer.getContentAsByteArray()));
            } else {
                records.abandon(id);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
        response.flushBuffer();
    }

    private void reused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(
                request,
                response,
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                "this Idempotency-Key was already used for another request");
    }

    /** The caller's token subject, or null for an anonymous request. */
    static String subjectOf(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller.subject();
        }
        return authentication.getName();
    }

    /** 1 to 255 characters, each visible ASCII ({@code !} to {@code ~}). */
    static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 255) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    boolean isExcluded(String path) {
        return excludedPaths.stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE.toLowerCase());
    }

    /** The request with its body already read, served again from memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
