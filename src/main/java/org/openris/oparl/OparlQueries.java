package org.openris.oparl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The OParl channel's read model: rows of all twelve types, filtered by the visibility gate, with
 * keyset pagination on the immutable id and the OParl time windows. Embedded children are read in
 * one query per page (never per object). This is a documented cross-module read model: it reads
 * the tables of body, person, organization, meeting, paper, file and location, always through
 * {@link VisibilityRules}.
 */
@Service
public class OparlQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    OparlQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Visible condition of a type for alias {@code t}. */
    String visible(OparlType type, Viewer viewer, String t) {
        return switch (type) {
            case BODY, LEGISLATIVE_TERM -> "(" + t + ".deleted_at IS NULL)";
            case ORGANIZATION -> rules.organization(t, viewer);
            case PERSON -> rules.person(t, viewer);
            case MEMBERSHIP -> rules.membership(t, viewer);
            case MEETING -> rules.meeting(t, viewer);
            case AGENDA_ITEM -> rules.agendaItem(t, viewer);
            case PAPER -> rules.paper(t, viewer);
            case CONSULTATION -> rules.consultation(t, viewer);
            case FILE -> rules.file(t, viewer);
            case LOCATION -> rules.location(t, viewer);
            case SYSTEM -> throw new IllegalArgumentException("system has no table");
        };
    }

    /** Selected columns: everything but private data, which is only read where its publication was consented to. */
    private String columns(OparlType type, Viewer viewer) {
        if (type != OparlType.PERSON) {
            return "t.*";
        }
        String contact = rules.personContact("t", viewer);
        return "t.id, t.body_id, t.family_name, t.given_name, t.title, t.form_of_address, t.affix, t.gender, t.status, t.life,"
                + " t.life_source, CASE WHEN " + contact + " THEN t.email END AS email, CASE WHEN " + contact + " THEN t.phone END AS phone,"
                + " t.created, t.modified, t.deleted_at";
    }

    private String extraColumns(OparlType type, Viewer viewer) {
        return switch (type) {
            case PERSON -> ", " + rules.personContact("t", viewer) + " AS contact_visible";
            case AGENDA_ITEM -> ", (SELECT count(*) FROM agenda_item o WHERE o.meeting_id = t.meeting_id AND (o.position, o.id) < (t.position, t.id)"
                    + " AND " + rules.agendaItem("o", viewer) + ") AS item_order";
            case PAPER -> ", (SELECT name FROM paper_type pt WHERE pt.id = t.paper_type_id) AS paper_type_name";
            default -> "";
        };
    }

    private static String bodyScope(OparlType type) {
        return switch (type) {
            case LEGISLATIVE_TERM, ORGANIZATION, PERSON, MEETING, PAPER, FILE -> "t.body_id = :scope";
            case BODY -> "TRUE";
            case AGENDA_ITEM -> "EXISTS (SELECT 1 FROM meeting bm WHERE bm.id = t.meeting_id AND bm.body_id = :scope)";
            case CONSULTATION -> "EXISTS (SELECT 1 FROM paper bp WHERE bp.id = t.paper_id AND bp.body_id = :scope)";
            case MEMBERSHIP -> "EXISTS (SELECT 1 FROM person bpe WHERE bpe.id = t.person_id AND bpe.body_id = :scope)";
            case LOCATION -> "(EXISTS (SELECT 1 FROM body bb WHERE bb.location_id = t.id AND bb.id = :scope)"
                    + " OR EXISTS (SELECT 1 FROM organization bo WHERE bo.location_id = t.id AND bo.body_id = :scope)"
                    + " OR EXISTS (SELECT 1 FROM meeting bmt WHERE bmt.location_id = t.id AND bmt.body_id = :scope)"
                    + " OR EXISTS (SELECT 1 FROM paper_location bpl JOIN paper bpp ON bpp.id = bpl.paper_id"
                    + " WHERE bpl.location_id = t.id AND bpp.body_id = :scope))";
            case SYSTEM -> throw new IllegalArgumentException("system has no table");
        };
    }

    /**
     * One page of a body's list ({@code scopeId} = body id), or of an organization's meetings
     * ({@code type} = MEETING, {@code organizationScope} = true). Asks for one row more than the
     * page size so the caller knows whether a next page exists.
     */
    public List<Map<String, Object>> page(Viewer viewer, OparlType type, long scopeId, boolean organizationScope, ListRequest request) {
        String visible = visible(type, viewer, "t");
        String condition = request.includesTombstones() ? withTombstones(type, visible) : visible;
        String scope = organizationScope
                ? "(t.organization_id = :scope OR EXISTS (SELECT 1 FROM meeting_organization mo WHERE mo.meeting_id = t.id AND mo.organization_id = :scope"
                + " AND mo.deleted_at IS NULL))"
                : bodyScope(type);
        StringBuilder sql = new StringBuilder("SELECT " + columns(type, viewer) + ", " + isDeleted(visible, request.includesTombstones()))
                .append(extraColumns(type, viewer))
                .append(" FROM ").append(type.table).append(" t WHERE t.id > :after AND ").append(scope).append(" AND ").append(condition);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", request.after());
        params.put("scope", scopeId);
        window(sql, params, "created", ">=", "createdSince", request.createdSince());
        // published timestamps are whole seconds: "until" includes everything within its second
        window(sql, params, "created", "<", "createdUntil", plusSecond(request.createdUntil()));
        window(sql, params, "modified", ">=", "modifiedSince", request.modifiedSince());
        window(sql, params, "modified", "<", "modifiedUntil", plusSecond(request.modifiedUntil()));
        sql.append(" ORDER BY t.id LIMIT :limit");
        params.put("limit", request.limit() + 1);
        return jdbc.sql(sql.toString()).params(params).query().listOfRows();
    }

    private static java.time.OffsetDateTime plusSecond(java.time.OffsetDateTime until) {
        return until == null ? null : until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static void window(StringBuilder sql, Map<String, Object> params, String column, String op, String name, Object value) {
        if (value != null) {
            sql.append(" AND t.").append(column).append(' ').append(op).append(" :").append(name);
            params.put(name, value);
        }
    }

    /** The object at its URL: visible, or a tombstone of a once visible object; empty otherwise. */
    public Optional<Map<String, Object>> object(Viewer viewer, OparlType type, long id) {
        String visible = visible(type, viewer, "t");
        return jdbc.sql("SELECT " + columns(type, viewer) + ", " + isDeleted(visible, true) + extraColumns(type, viewer) + " FROM " + type.table
                        + " t WHERE t.id = :id AND " + withTombstones(type, visible))
                .param("id", id).query().listOfRows().stream().findFirst();
    }

    // ------------------------------------------------------------------ stored documents (ADR 0014)

    /**
     * A page's rows like {@link #page}, each with its stored document when one rendered at the current
     * data generation exists ({@code json} as UTF-8 bytes, else {@code null}); the generation is read
     * in the same statement, i.e. the same snapshot as the rows. Rows carry only id, is_deleted,
     * created and modified: tombstones need no more, live rows are read fully only on a miss.
     */
    List<Map<String, Object>> pageWithDocuments(Viewer viewer, OparlType type, long scopeId, boolean organizationScope, ListRequest request,
                                                long variant) {
        String visible = visible(type, viewer, "t");
        String condition = request.includesTombstones() ? withTombstones(type, visible) : visible;
        String scope = organizationScope
                ? "(t.organization_id = :scope OR EXISTS (SELECT 1 FROM meeting_organization mo WHERE mo.meeting_id = t.id AND mo.organization_id = :scope"
                + " AND mo.deleted_at IS NULL))"
                : bodyScope(type);
        StringBuilder sql = new StringBuilder(documentColumns(isDeleted(visible, request.includesTombstones()))).append(" FROM ").append(type.table)
                .append(" t").append(DOCUMENT_JOIN)
                .append(" WHERE t.id > :after AND ").append(scope).append(" AND ").append(condition);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", request.after());
        params.put("scope", scopeId);
        params.put("type", type.segment);
        params.put("variant", variant);
        window(sql, params, "created", ">=", "createdSince", request.createdSince());
        window(sql, params, "created", "<", "createdUntil", plusSecond(request.createdUntil()));
        window(sql, params, "modified", ">=", "modifiedSince", request.modifiedSince());
        window(sql, params, "modified", "<", "modifiedUntil", plusSecond(request.modifiedUntil()));
        sql.append(" ORDER BY t.id LIMIT :limit");
        params.put("limit", request.limit() + 1);
        return jdbc.sql(sql.toString()).params(params).query(OparlQueries::documentRow).list();
    }

    /** The object at its URL like {@link #object}, with its stored document as in {@link #pageWithDocuments}. */
    Optional<Map<String, Object>> objectWithDocument(Viewer viewer, OparlType type, long id, long variant) {
        String visible = visible(type, viewer, "t");
        return jdbc.sql(documentColumns(isDeleted(visible, true)) + " FROM " + type.table + " t" + DOCUMENT_JOIN + " WHERE t.id = :id AND "
                        + withTombstones(type, visible))
                .param("id", id).param("type", type.segment).param("variant", variant)
                .query(OparlQueries::documentRow).optional();
    }

    // the document is looked up per row of the page (a scalar sub-select runs only for the rows the
    // LIMIT lets through); a join lets PostgreSQL merge-scan every stored document below the cursor
    private static String documentColumns(String isDeleted) {
        return "SELECT t.id, " + isDeleted + ", t.created, t.modified,"
                + " (SELECT d.json FROM oparl_document d WHERE d.type = :type AND d.variant = :variant AND d.id = t.id"
                + " AND d.generation = g.value) AS json, g.value AS generation";
    }

    // ------------------------------------------------------------------ tombstones

    /**
     * The rows of a list with tombstones ({@code modified_since}) or at an object URL: visible, or a
     * soft-deleted object that would otherwise be visible, or a withdrawn publication (an object the
     * API published that is no longer public, see {@link OparlWithdrawals}).
     */
    private String withTombstones(OparlType type, String visible) {
        return "(" + visible + " OR " + rules.tombstone(visible, "t") + " OR " + withdrawn(type, "t") + ")";
    }

    /** Whether a row is served as a tombstone: everything that is not visible (the condition lets only tombstones through). */
    private static String isDeleted(String visible, boolean tombstones) {
        return (tombstones ? "NOT " + visible : "FALSE") + " AS is_deleted";
    }

    /** A withdrawn publication of this object; the type is a constant of the enum, never user input. */
    static String withdrawn(OparlType type, String alias) {
        return "EXISTS (SELECT 1 FROM oparl_publication op WHERE op.type = '" + type.segment + "' AND op.object_id = " + alias
                + ".id AND op.withdrawn_at IS NOT NULL)";
    }
    private static final String DOCUMENT_JOIN = " CROSS JOIN data_generation g";

    private static Map<String, Object> documentRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", rs.getLong("id"));
        row.put("is_deleted", rs.getBoolean("is_deleted"));
        row.put("created", rs.getObject("created", java.time.OffsetDateTime.class));
        row.put("modified", rs.getObject("modified", java.time.OffsetDateTime.class));
        row.put("json", rs.getBytes("json")); // the driver hands text over as its UTF-8 bytes
        row.put("generation", rs.getLong("generation"));
        return row;
    }

    /**
     * Keeps freshly rendered documents for the generation their page was read at; a newer one already
     * stored wins. Rendering does not depend on this succeeding (e.g. on a read-only replica).
     */
    void storeDocuments(OparlType type, long variant, long generation, Map<Long, byte[]> documents, boolean recordPublication) {
        if (documents.isEmpty()) {
            return;
        }
        Long[] ids = documents.keySet().toArray(Long[]::new);
        String[] texts = documents.values().stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toArray(String[]::new);
        if (recordPublication) {
            // what the public API has served must be withdrawn explicitly when it stops being public
            jdbc.sql("INSERT INTO oparl_publication (type, object_id) SELECT :type, x FROM unnest(:ids) AS x ON CONFLICT DO NOTHING")
                    .param("type", type.segment).param("ids", ids).update();
        }
        jdbc.sql("INSERT INTO oparl_document (type, variant, id, generation, json)"
                        + " SELECT :type, :variant, x.id, :generation, x.json FROM unnest(:ids, :texts) AS x(id, json)"
                        + " ON CONFLICT (type, variant, id) DO UPDATE SET generation = excluded.generation, json = excluded.json"
                        + " WHERE oparl_document.generation < excluded.generation")
                .param("type", type.segment).param("variant", variant).param("generation", generation)
                .param("ids", ids).param("texts", texts).update();
    }

    /** The current data generation (ADR 0014). */
    long generation() {
        return jdbc.sql("SELECT value FROM data_generation").query(Long.class).single();
    }

    /** Drops documents of past generations (they can never be served again). */
    int dropStaleDocuments() {
        return jdbc.sql("DELETE FROM oparl_document d USING data_generation g WHERE d.generation < g.value").update();
    }

    /**
     * The SQL of every rule the anonymous rendering applies: part of a document's variant, so that
     * documents rendered under other rules (a new release, a rule switched off in a test) are never served.
     */
    String ruleText(Viewer viewer) {
        StringBuilder text = new StringBuilder();
        for (OparlType type : OparlType.values()) {
            if (type != OparlType.SYSTEM) {
                text.append(visible(type, viewer, "t")).append('\n');
            }
        }
        return text.append(rules.decision("d", viewer)).append('\n').append(rules.personContact("t", viewer)).toString();
    }

    /** All visible bodies (the system's body list is short). */
    public List<Map<String, Object>> bodies(Viewer viewer) {
        return jdbc.sql("SELECT t.*, FALSE AS is_deleted FROM body t WHERE t.deleted_at IS NULL ORDER BY t.id").query().listOfRows();
    }

    // ------------------------------------------------------------------ embedded children, one query per page

    List<Map<String, Object>> children(Viewer viewer, OparlType type, String parentColumn, Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        String extra = type == OparlType.AGENDA_ITEM ? "" : extraColumns(type, viewer); // embedded items: order = position in the list
        return jdbc.sql("SELECT " + columns(type, viewer) + ", FALSE AS is_deleted" + extra + " FROM " + type.table + " t WHERE t."
                        + parentColumn + " = ANY(:ids) AND " + perRow(visible(type, viewer, "t")) + " ORDER BY t." + parentColumn + ", "
                        + (type == OparlType.AGENDA_ITEM ? "t.position, " : "") + "t.id")
                .param("ids", parentIds.toArray(Long[]::new)).query().listOfRows();
    }

    List<Map<String, Object>> byIds(Viewer viewer, OparlType type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + columns(type, viewer) + ", FALSE AS is_deleted" + extraColumns(type, viewer) + " FROM " + type.table
                        + " t WHERE t.id = ANY(:ids) AND " + perRow(visible(type, viewer, "t")))
                .param("ids", ids.toArray(Long[]::new)).query().listOfRows();
    }

    /** Files of owners through a link table, with role, label and owner id, visible files only. */
    List<Map<String, Object>> linkedFiles(Viewer viewer, String linkTable, String ownerColumn, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        String label = linkTable.equals("paper_file") ? "NULL" : "l.label";
        return jdbc.sql("SELECT t.*, FALSE AS is_deleted, l." + ownerColumn + " AS owner_id, l.role AS link_role, " + label
                        + " AS link_label FROM " + linkTable + " l JOIN stored_file t ON t.id = l.file_id WHERE l." + ownerColumn
                        + " = ANY(:ids) AND l.deleted_at IS NULL AND " + perRow(visible(OparlType.FILE, viewer, "t"))
                        + " ORDER BY l." + ownerColumn + ", l.position, t.id")
                .param("ids", ownerIds.toArray(Long[]::new)).query().listOfRows();
    }

    /** Id pairs (owner, target) from a link, keeping only visible targets of the given type. */
    List<long[]> links(Viewer viewer, String sql, OparlType targetType, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        List<long[]> pairs = new ArrayList<>();
        // the visibility check runs per link through the target's primary key (OFFSET 0 keeps PostgreSQL
        // from turning it into a join that checks every row of the target table)
        jdbc.sql("SELECT x.owner_id, x.target_id FROM (" + sql + ") x WHERE EXISTS (SELECT 1 FROM " + targetType.table
                        + " t WHERE t.id = x.target_id AND " + visible(targetType, viewer, "t") + " OFFSET 0)"
                        + " ORDER BY x.owner_id, x.sort_key, x.target_id")
                .param("ids", ownerIds.toArray(Long[]::new))
                .query((rs, n) -> pairs.add(new long[]{rs.getLong(1), rs.getLong(2)})).list();
        return pairs;
    }

    /**
     * A visibility condition evaluated row by row after the rows were found through their index:
     * the OFFSET 0 fence keeps PostgreSQL from planning it as a join over the whole table, which it
     * otherwise does for array parameters (measured: 1.5 s instead of 20 ms for one meeting).
     */
    private static String perRow(String condition) {
        return "(SELECT " + condition + " OFFSET 0)";
    }

    /** Vote results per agenda item (vendor extension). */
    List<Map<String, Object>> decisions(Viewer viewer, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT d.agenda_item_id, d.id, d.outcome, d.vote_kind, d.majority, d.yes_count, d.no_count, d.abstain_count,"
                + " (SELECT json_agg(json_build_object('faction', fp.faction_id, 'position', fp.position) ORDER BY fp.faction_id)"
                + "    FROM decision_faction_position fp JOIN organization o ON o.id = fp.faction_id"
                + "   WHERE fp.decision_id = d.id AND fp.deleted_at IS NULL AND " + rules.organization("o", viewer) + ")::text AS factions,"
                + " (SELECT json_agg(json_build_object('person', b.person_id, 'ballot', b.ballot) ORDER BY b.person_id)"
                + "    FROM roll_call_ballot b JOIN person bp ON bp.id = b.person_id"
                + "   WHERE b.decision_id = d.id AND b.deleted_at IS NULL AND " + rules.person("bp", viewer) + ")::text AS ballots"
                + " FROM decision d WHERE d.agenda_item_id = ANY(:ids) AND " + rules.decision("d", viewer)
                + " ORDER BY d.agenda_item_id, d.position";
        return jdbc.sql(sql)
                .param("ids", itemIds.toArray(Long[]::new)).query().listOfRows();
    }

    /** Persons actually present at meetings (OParl {@code participant}), visible persons only. */
    List<long[]> participants(Viewer viewer, Collection<Long> meetingIds) {
        return links(viewer, "SELECT a.meeting_id AS owner_id, a.person_id AS target_id, a.position AS sort_key FROM attendance a"
                + " JOIN meeting m ON m.id = a.meeting_id WHERE a.meeting_id = ANY(:ids) AND a.status = 'PRESENT'"
                + " AND a.person_id IS NOT NULL AND a.deleted_at IS NULL AND m.start_actual IS NOT NULL", OparlType.PERSON, meetingIds);
    }
}
