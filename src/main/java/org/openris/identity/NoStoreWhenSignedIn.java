package org.openris.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-store} on every response to a signed-in user and on the login pages,
 * so no browser, proxy or shared computer keeps a copy of non-public material or of a login form
 * state. Public pages for the anonymous stay cacheable.
 */
class NoStoreWhenSignedIn extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String path = request.getRequestURI();
        if (signedIn || path.startsWith("/anmelden") || path.startsWith("/passwort") || path.startsWith("/konto")
                || path.startsWith("/mitglieder") || path.startsWith("/oauth2/") || path.startsWith("/login/oauth2/")) {
            SecurityConfiguration.noStore(response);
        }
        chain.doFilter(request, response);
    }
}
