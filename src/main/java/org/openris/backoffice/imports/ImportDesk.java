package org.openris.backoffice.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.importer.ImportManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Starting an import from the screen, recorded in the change log (who started which source, with which settings). */
@Component
class ImportDesk {

    private final ImportManagement imports;
    private final ChangeLog changes;
    private final TransactionTemplate tx;

    ImportDesk(ImportManagement imports, ChangeLog changes, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.changes = changes;
        this.tx = new TransactionTemplate(transactions);
    }

    ImportManagement.StartOutcome start(StaffUser staff, ImportManagement.StartRequest request) {
        ImportManagement.StartOutcome outcome = imports.start(request);
        if (outcome.ok()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("systemUrl", request.systemUrl());
            after.put("bodyUrl", request.bodyUrl());
            after.put("full", request.full());
            after.put("delayMillis", request.delayMillis());
            after.put("concurrency", request.concurrency());
            after.put("files", request.files());
            tx.executeWithoutResult(s -> changes.record(staff, "import_run", outcome.run(), "STARTED",
                    "OParl-Import gestartet: " + request.systemUrl(), Map.of(), after));
        }
        return outcome;
    }
}
