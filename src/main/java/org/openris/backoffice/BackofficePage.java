package org.openris.backoffice;

import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every back-office page's frame needs: who is signed in, the sections for the navigation,
 * the current section and the CSRF token for forms.
 */
public record BackofficePage(StaffUser staff, List<BackofficeSection> sections, String current, CsrfToken csrf) {
}
