package io.onewindow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads or writes, two kinds of bad input: bodies over the size
 * limit (413) and MongoDB query operators smuggled into query parameters (400) such as
 * {@code ?status[$ne]=x} or {@code ?name=$where}.
 */
public class RequestGuardFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final long maxBodyBytes;

    public RequestGuardFilter(ProblemWriter problems, long maxBodyBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // For multipart requests only the query string: asking the container for all
        // parameters would make it read (and size-check) the upload before our limits answer.
        String operator = isMultipart(request)
                ? operatorIn(queryParameters(request.getQueryString()))
                : operatorIn(request.getParameterMap());
        if (operator != null) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "operator-in-input",
                    java.util.List.of(operator),
                    "query parameter '" + operator + "' carries a MongoDB operator");
            return;
        }
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            problems.write(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "request body of " + declared + " bytes exceeds the limit of " + maxBodyBytes);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), response);
    }

    static Map<String, String[]> queryParameters(String queryString) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, new String[] {value}, (a, b) -> {
                String[] both = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return parameters;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A malformed escape cannot smuggle an operator past us: judge the raw text.
            return part;
        }
    }

    /** A JSON object whose first key is an operator, as in {@code {"$gt": ""}} or {@code {$ne: 1}}. */
    private static final Pattern OPERATOR_OBJECT = Pattern.compile("\\{\\s*[\"']?\\$");

    /**
     * The first parameter whose name or value looks like a MongoDB operator, or null: a name with
     * {@code $} or {@code [}, a value starting with {@code $}, or a value holding an object with
     * an operator key (harmless to our code, which never parses parameters as JSON, but always
     * an attack, so refused rather than searched for).
     */
    static String operatorIn(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.contains("$") || name.contains("[")) {
                return name;
            }
            for (String value : parameter.getValue()) {
                if (value != null
                        && (value.stripLeading().startsWith("$")
                                || OPERATOR_OBJECT.matcher(value).find())) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE.toLowerCase());
    }

    /** Counts bytes as they are read, so a chunked body without Content-Length is limited too. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = delegate.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) throws IOException {
            count += read;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
