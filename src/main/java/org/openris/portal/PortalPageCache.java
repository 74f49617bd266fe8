package org.openris.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openris.platform.DataGeneration;
import org.openris.shared.Viewer;
import org.openris.visibility.RuleFingerprint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered portal pages, kept while nothing they show can have changed (ADR 0022). The portal reads
 * as the anonymous public whatever the request carries, so a page depends only on its address, the
 * data, the visibility rules, the code and the clock. An entry is served while
 * <ul>
 *   <li>the data generation is the one it was rendered at (every committed write to published data
 *       moves it – a hidden object is gone from the next request on, as without the cache);</li>
 *   <li>the rules' SQL is the same (a rule switched off in a test never meets an old page);</li>
 *   <li>the minute (Europe/Berlin) is the same – "next meetings", "today" and the default month
 *       follow the clock at most a minute late.</li>
 * </ul>
 * Only answers 200 with HTML for requests without a session cookie are kept, and only when the
 * request created no session and set no cookie; signed-in visitors (their name and logout form in
 * the header) always get a fresh page. Bounded by entries and bytes, least recently used out.
 */
class PortalPageCache extends OncePerRequestFilter {

    /** Page addresses that are pure reads of public data (search has its own index and is left out). */
    private static final String[] PREFIXES = {"/kalender", "/gremien", "/sitzungen/", "/vorlagen", "/personen", "/antraege"};
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Page(long generation, String rules, long minute, String contentType, java.util.Locale locale, String vary, byte[] body) {
    }

    private final DataGeneration generation;
    private final RuleFingerprint rules;
    private final Clock clock;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    final AtomicLong hits = new AtomicLong();
    final AtomicLong stores = new AtomicLong();

    PortalPageCache(DataGeneration generation, RuleFingerprint rules, Clock clock, int maxEntries, long maxBytes) {
        this.generation = generation;
        this.rules = rules;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || hasSessionCookie(request)) {
            return true;
        }
        String path = request.getRequestURI();
        if (path.equals("/")) {
            return false;
        }
        if (path.endsWith(".pdf") || path.endsWith(".ics") || path.endsWith(".xml") || path.endsWith(".atom")) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + (request.getHeader("HX-Request") != null ? "|htmx" : "");
        long now = generation.current();
        String ruleText = rules.of(Viewer.anonymous());
        long minute = ZonedDateTime.now(clock.withZone(BERLIN)).toEpochSecond() / 60;
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null && page.generation() == now && page.minute() == minute && page.rules().equals(ruleText)) {
            hits.incrementAndGet();
            response.setStatus(200);
            response.setContentType(page.contentType());
            response.setLocale(page.locale()); // Content-Language, as the rendering sets it
            if (page.vary() != null) {
                response.setHeader("Vary", page.vary());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html") && request.getSession(false) == null
                && !wrapper.containsHeader("Set-Cookie")) {
            store(key, new Page(now, ruleText, minute, type, wrapper.getLocale(), wrapper.getHeader("Vary"),
                    wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private void store(String key, Page page) {
        if (page.body().length > maxBytes / 8) {
            return;
        }
        synchronized (pages) {
            Page old = pages.put(key, page);
            bytes += page.body().length - (old == null ? 0 : old.body().length);
            var eldest = pages.entrySet().iterator();
            while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
        stores.incrementAndGet();
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals("RIS_SESSION") || cookie.getName().equals("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }
}
