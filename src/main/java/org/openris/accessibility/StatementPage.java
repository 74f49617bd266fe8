package org.openris.accessibility;

import java.util.List;

/** What the statement page shows: settings, and the feedback form as entered with its errors. */
public record StatementPage(String operator, String statementDate, String reviewedDate, String contactEmail, String enforcementName,
                            String enforcementUrl, String name, String email, String message, List<String> errors, boolean sent) {
}
