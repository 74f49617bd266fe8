/**
 * The staff web UI (Sitzungsdienst) under {@code /verwaltung}: master data, papers, meetings and
 * agendas, invitations (issue 6, ADR 0018). Controllers and page models live here, in feature
 * sub-packages; the commands live in the domain modules ({@code …Management} facades). Every
 * page needs a completed login and a staff role ({@link org.openris.backoffice.StaffAccess});
 * every write records who changed what ({@link org.openris.backoffice.ChangeLog}).
 */
package org.openris.backoffice;
