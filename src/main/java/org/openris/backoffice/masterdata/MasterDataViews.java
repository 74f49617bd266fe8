package org.openris.backoffice.masterdata;

import java.util.List;
import org.openris.body.BodyQueries;
import org.openris.organization.OrganizationQueries;

/** The rows the master-data lists show. */
public final class MasterDataViews {

    private MasterDataViews() {
    }

    /** One group of the organization list (council, committees, …). */
    public record Group(String key, List<Row> rows) {
    }

    /** An organization in the list; {@code editable}: the user runs it. */
    public record Row(OrganizationQueries.OrganizationEntry entry, boolean editable) {
    }

    /** The terms of one body. */
    public record BodyTerms(BodyQueries.BodySummary body, List<BodyQueries.LegislativeTermSummary> terms, boolean editable) {
    }

    /** A person search hit. */
    public record Hit(long id, String sortName, boolean current, boolean unassigned) {
    }
}
