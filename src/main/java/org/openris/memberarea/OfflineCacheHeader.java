package org.openris.memberarea;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.identity.SignedInUsers;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every member-area answer to a signed-in user names that user's offline cache
 * ({@value #HEADER}: {@code ris-mitglied-<user id>}). The service worker stores a page only in the
 * cache named by its answer and deletes every other user's cache first, so one device never shows
 * one member's copies to another (ADR 0010).
 */
@Configuration(proxyBeanMethods = false)
class OfflineCacheHeader implements WebMvcConfigurer {

    static final String HEADER = "X-RIS-Offline-Cache";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                SignedInUsers.current().ifPresent(user -> response.setHeader(HEADER, OfflineLists.cacheName(user)));
                return true;
            }
        }).addPathPatterns("/mitglieder", "/mitglieder/**");
    }
}
