package org.openris.portal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.openris.shared.UiText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the request limit with 413 and the German error page, before the
 * security filters: the container cannot parse such a multipart body, so the CSRF token inside it
 * would be missing and the clerk would see "Formular abgelaufen" (403) instead of "zu groß". Decided
 * on the announced Content-Length without reading the body; Tomcat then discards the rest of the
 * upload (server.tomcat.max-swallow-size) so that the browser shows the page. The page is rendered
 * here rather than through the error dispatch, which would try to parse the multipart body again.
 */
@Component
@Order(-200)
class UploadSizeGuard extends OncePerRequestFilter {

    private final long limit;
    private final long attachmentMegabytes;
    private final TemplateEngine templates;
    private final UiText text;

    UploadSizeGuard(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit,
                    @Value("${ris.upload.max-attachment-size}") DataSize attachment, TemplateEngine templates, UiText text) {
        this.limit = limit.toBytes();
        this.attachmentMegabytes = attachment.toMegabytes();
        this.templates = templates;
        this.text = text;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        StringOutput page = new StringOutput();
        templates.render("portal/error.jte", Map.of("text", text, "titleKey", "error.tooLarge.title",
                "message", text.get("error.tooLarge", attachmentMegabytes)), page);
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
