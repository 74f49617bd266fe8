package org.openris.backoffice;

import java.util.function.Predicate;
import org.openris.identity.StaffRoles;

/**
 * One area of the back office (master data, papers, meetings, change log …) as shown on the start
 * page and in the back-office navigation. Each feature declares its section as a bean; only the
 * sections the user's roles open are shown.
 *
 * @param key     message key stem: {@code backoffice.section.<key>} (name) and {@code ….hint} (one line)
 * @param path    the section's start page
 * @param order   position in the navigation
 * @param visible which roles open it
 */
public record BackofficeSection(String key, String path, int order, Predicate<StaffRoles.Assignments> visible) {
}
