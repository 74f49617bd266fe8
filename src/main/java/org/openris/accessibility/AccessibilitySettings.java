package org.openris.accessibility;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accessibility statement ({@code RIS_ACCESSIBILITY_*}, docs/operations.md): who operates the
 * site, where feedback is mailed ({@code feedbackTo}; without it the form cannot deliver), the
 * dates of the statement and its last review, the enforcement body (Schlichtungsstelle; each
 * federal state names its own for municipalities) and the feedback throttle.
 */
@ConfigurationProperties("ris.accessibility")
record AccessibilitySettings(String operator, String feedbackTo, String statementDate, String reviewedDate, String enforcementName,
                             String enforcementUrl, Integer feedbackPerClientPerHour) {

    AccessibilitySettings {
        operator = blank(operator) ? "Die Stadtverwaltung" : operator.strip();
        feedbackTo = blank(feedbackTo) ? null : feedbackTo.strip();
        statementDate = blank(statementDate) ? "2026-11-28" : LocalDate.parse(statementDate.strip()).toString();
        reviewedDate = blank(reviewedDate) ? statementDate : LocalDate.parse(reviewedDate.strip()).toString();
        enforcementName = blank(enforcementName) ? "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)" : enforcementName.strip();
        enforcementUrl = blank(enforcementUrl) ? "https://www.schlichtungsstelle-bgg.de" : enforcementUrl.strip();
        feedbackPerClientPerHour = feedbackPerClientPerHour == null || feedbackPerClientPerHour <= 0 ? 5 : feedbackPerClientPerHour;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
