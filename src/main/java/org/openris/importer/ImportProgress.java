package org.openris.importer;

/**
 * Where a running import stands after its latest page.
 *
 * @param run              the run's id
 * @param list             the OParl list being read ("paper", "meeting" …)
 * @param page             pages of that list read so far
 * @param totalPages       the list's page count where the source reports it ({@code pagination.totalPages}), else null
 * @param objects          objects handled so far in this run (all outcomes)
 * @param objectsPerSecond since the start of this process's part of the run
 * @param etaSeconds       estimated time left for the current list; null when the total is unknown
 */
public record ImportProgress(long run, String list, int page, Integer totalPages, long objects, double objectsPerSecond, Long etaSeconds) {
}
