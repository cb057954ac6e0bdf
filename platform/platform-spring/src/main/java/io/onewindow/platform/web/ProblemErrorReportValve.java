package io.onewindow.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;

/**
 * Tomcat's own error page as an RFC 9457 problem. Tomcat answers a few requests before Spring
 * sees them — a path with an encoded slash ({@code %2F}), a malformed URI — and would write an
 * HTML page; clients of an API get {@code application/problem+json} like every other refusal.
 * Nothing about the server (version, stack trace) is written.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        boolean english = isEnglish(request.getHeader("Accept-Language"));
        String code = codeOf(status);
        String json = "{\"type\":\"urn:onewindow:problem:" + code + "\",\"title\":\"" + titleOf(status, english)
                + "\",\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\""
                + (english ? "The request was refused before it reached the service." : "请求在到达服务之前被拒绝。")
                + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setHeader("Content-Language", english ? "en" : "zh-CN");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing more to say
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    private static String titleOf(int status, boolean english) {
        return switch (status) {
            case 404 -> english ? "Not found" : "未找到";
            case 405 -> english ? "Method not allowed" : "不支持的请求方法";
            case 413 -> english ? "Request too large" : "请求过大";
            case 414 -> english ? "URI too long" : "请求地址过长";
            case 431 -> english ? "Request headers too large" : "请求头过大";
            case 503 -> english ? "Service unavailable" : "服务暂不可用";
            default -> status >= 500 ? (english ? "Internal error" : "服务内部错误") : (english ? "Bad request" : "请求无效");
        };
    }

    private static boolean isEnglish(String acceptLanguage) {
        return acceptLanguage != null
                && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
