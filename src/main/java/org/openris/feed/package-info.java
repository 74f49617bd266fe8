/**
 * Feeds of the public portal (issue 5): iCalendar subscriptions of meetings ({@code /kalender.ics},
 * per organization and per person) and Atom feeds of new papers and decisions. Always anonymous: every
 * entry is read through the modules' query facades with {@link org.openris.shared.Viewer#anonymous()},
 * so a feed shows exactly what the public portal shows, and a hidden organization or person answers
 * 404 like a missing one. Controllers, the two writers (iCal4j, Rome) and the HTTP caching helper.
 */
package org.openris.feed;
