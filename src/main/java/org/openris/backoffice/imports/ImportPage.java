package org.openris.backoffice.imports;

import java.util.List;
import java.util.Map;
import org.openris.backoffice.BackofficePage;
import org.openris.importer.ImportManagement;

/** The import screen: the start form (values kept after a rejection), the running import, the past runs. */
public record ImportPage(BackofficePage frame, ImportForm form, Map<String, String> errors, ImportManagement.Current current,
                         List<ImportManagement.RunSummary> runs, boolean privateAddresses, String notice) {

    public String error(String field) {
        return errors.get(field);
    }
}
