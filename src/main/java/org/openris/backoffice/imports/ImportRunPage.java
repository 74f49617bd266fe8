package org.openris.backoffice.imports;

import org.openris.backoffice.BackofficePage;
import org.openris.importer.ImportManagement;

/** One run's report: counts per type, warnings by kind with examples, unmapped objects; progress while it runs. */
public record ImportRunPage(BackofficePage frame, ImportManagement.RunReport report, ImportManagement.Current current) {
}
