package org.openris.memberarea;

import org.openris.allowance.AllowanceStatements;

/** The member's allowance page: the year and the statement (null for an account without person). */
public record AllowancePage(int year, AllowanceStatements.Statement statement) {
}
