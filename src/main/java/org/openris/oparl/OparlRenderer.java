package org.openris.oparl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openris.oparl.OparlFormat.Obj;
import org.openris.person.PersonNames;
import org.openris.portal.PortalUrls;
import org.openris.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns read-model rows into OParl 1.1 objects: required properties always, optional ones only when
 * they have a value, embedded objects as the specification prescribes (left out with
 * {@code omit_internal}), back-references when standalone, tombstones for deleted objects.
 */
@Component
class OparlRenderer {

    static final String VERSION = "https://schema.oparl.org/1.1/";
    static final String PREFIX = "/oparl/v1";

    private final OparlQueries queries;
    private final String configuredBase;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * {@code ris.base-url} (RIS_BASE_URL) fixes the canonical host of all ids; without it the host of
     * the current request is used (development and tests).
     */
    OparlRenderer(OparlQueries queries, @Value("${ris.base-url:}") String baseUrl) {
        this.queries = queries;
        this.configuredBase = baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "") + PREFIX;
    }

    String base() {
        if (configuredBase != null) {
            return configuredBase;
        }
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + PREFIX;
    }

    String url(OparlType type, Object id) {
        return base() + "/" + type.segment + "/" + id;
    }

    /** The absolute address of a portal page (OParl {@code web}): the API's base without its prefix. */
    String web(String portalPath) {
        String base = base();
        return base.substring(0, base.length() - PREFIX.length()) + portalPath;
    }

    String systemUrl() {
        return base() + "/system";
    }

    String bodyList(Object bodyId, String list) {
        return base() + "/body/" + bodyId + "/" + list;
    }

    String bodyListUrl() {
        return base() + "/body";
    }

    // ------------------------------------------------------------------ entry

    List<Obj> render(Viewer viewer, OparlType type, List<Map<String, Object>> rows, boolean standalone, boolean omitInternal) {
        List<Obj> result = new ArrayList<>();
        List<Map<String, Object>> live = rows.stream().filter(r -> !deleted(r)).toList();
        Map<Long, Obj> rendered = switch (type) {
            case BODY -> bodies(viewer, live, omitInternal);
            case LEGISLATIVE_TERM -> each(live, r -> term(r, standalone));
            case ORGANIZATION -> organizations(viewer, live);
            case PERSON -> persons(viewer, live, omitInternal);
            case MEMBERSHIP -> memberships(viewer, live, standalone);
            case MEETING -> meetings(viewer, live, omitInternal);
            case AGENDA_ITEM -> agendaItems(viewer, live, standalone, omitInternal);
            case PAPER -> papers(viewer, live, omitInternal);
            case CONSULTATION -> each(live, r -> consultation(r, standalone));
            case FILE -> files(viewer, live, standalone);
            case LOCATION -> standalone ? standaloneLocations(viewer, live) : locations(live);
            case SYSTEM -> throw new IllegalArgumentException("system is rendered by the controller");
        };
        for (Map<String, Object> row : rows) {
            result.add(deleted(row) ? tombstone(type, row) : rendered.get(id(row)));
        }
        return result;
    }

    Obj system(List<Map<String, Object>> bodies) {
        Obj o = new Obj().always("id", systemUrl()).always("type", OparlType.SYSTEM.typeUrl()).always("oparlVersion", VERSION)
                .always("body", bodyListUrl());
        if (!bodies.isEmpty()) {
            Map<String, Object> first = bodies.get(0);
            o.with("name", "OpenRIS – " + first.get("name")).with("contactEmail", first.get("contact_email"))
                    .with("contactName", first.get("contact_name")).with("website", first.get("website"))
                    .with("license", first.get("license"));
        }
        o.always("created", OparlFormat.dateTime(bodies.stream().map(b -> OparlFormat.instant(b.get("created")))
                .min(java.util.Comparator.naturalOrder()).orElse(java.time.OffsetDateTime.parse("2026-01-01T00:00:00+01:00"))));
        o.always("modified", OparlFormat.dateTime(bodies.stream().map(b -> OparlFormat.instant(b.get("modified")))
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.OffsetDateTime.parse("2026-01-01T00:00:00+01:00"))));
        return o;
    }

    Obj tombstone(OparlType type, Map<String, Object> row) {
        return new Obj().always("id", url(type, row.get("id"))).always("type", type.typeUrl())
                .always("created", OparlFormat.dateTime(row.get("created"))).always("modified", OparlFormat.dateTime(row.get("modified")))
                .always("deleted", true);
    }

    private Obj start(OparlType type, Map<String, Object> row) {
        return new Obj().always("id", url(type, row.get("id"))).always("type", type.typeUrl());
    }

    private static void stamps(Obj o, Map<String, Object> row) {
        o.always("created", OparlFormat.dateTime(row.get("created"))).always("modified", OparlFormat.dateTime(row.get("modified")));
    }

    // ------------------------------------------------------------------ types

    private Map<Long, Obj> bodies(Viewer viewer, List<Map<String, Object>> rows, boolean omitInternal) {
        Map<Long, List<Map<String, Object>>> terms = group(queries.children(viewer, OparlType.LEGISLATIVE_TERM, "body_id", ids(rows)), "body_id");
        Map<Long, Obj> locations = locationsById(viewer, rows, "location_id");
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Object id = r.get("id");
            Obj o = start(OparlType.BODY, r).with("system", systemUrl()).with("shortName", r.get("short_name"))
                    .always("name", r.get("name")).with("website", r.get("website")).with("license", r.get("license"))
                    .with("licenseValidSince", OparlFormat.startOfDay(r.get("license_valid_since")))
                    .with("oparlSince", OparlFormat.dateTime(r.get("oparl_since")))
                    .with("ags", r.get("ags")).with("rgs", r.get("rgs"))
                    .with("contactEmail", r.get("contact_email")).with("contactName", r.get("contact_name"))
                    .always("organization", bodyList(id, "organization")).always("person", bodyList(id, "person"))
                    .always("meeting", bodyList(id, "meeting")).always("paper", bodyList(id, "paper"))
                    .always("agendaItem", bodyList(id, "agendaItem")).always("consultation", bodyList(id, "consultation"))
                    .always("file", bodyList(id, "file")).always("locationList", bodyList(id, "location"))
                    .always("legislativeTermList", bodyList(id, "legislativeTerm")).always("membership", bodyList(id, "membership"))
                    .with("classification", r.get("classification"))
                    .with("location", locations.get(asLong(r.get("location_id"))))
                    .with("web", web("/"));
            if (!omitInternal) {
                o.always("legislativeTerm", terms.getOrDefault(id(r), List.of()).stream().map(t -> term(t, false)).toList());
            }
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    /** Renders each row on its own (types without batched children), keyed by id in row order. */
    private static Map<Long, Obj> each(List<Map<String, Object>> rows, java.util.function.Function<Map<String, Object>, Obj> render) {
        Map<Long, Obj> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(id(r), render.apply(r)));
        return out;
    }

    private Obj term(Map<String, Object> r, boolean standalone) {
        Obj o = start(OparlType.LEGISLATIVE_TERM, r);
        if (standalone) {
            o.with("body", url(OparlType.BODY, r.get("body_id")));
        }
        o.with("name", r.get("name")).with("startDate", OparlFormat.date(r.get("start_date"))).with("endDate", OparlFormat.date(r.get("end_date")));
        stamps(o, r);
        return o;
    }

    private Map<Long, Obj> organizations(Viewer viewer, List<Map<String, Object>> rows) {
        Map<Long, List<Map<String, Object>>> memberships = group(queries.children(viewer, OparlType.MEMBERSHIP, "organization_id", ids(rows)), "organization_id");
        Map<Long, Obj> locations = locationsById(viewer, rows, "location_id");
        List<Long> parents = rows.stream().map(r -> asLong(r.get("sub_organization_of"))).filter(java.util.Objects::nonNull).toList();
        java.util.Set<Long> visibleParents = ids(queries.byIds(viewer, OparlType.ORGANIZATION, parents)).stream().collect(Collectors.toSet());
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Long parent = asLong(r.get("sub_organization_of"));
            Obj o = start(OparlType.ORGANIZATION, r).with("body", url(OparlType.BODY, r.get("body_id")))
                    .with("name", r.get("name")).with("shortName", r.get("short_name"))
                    .with("membership", memberships.getOrDefault(id(r), List.of()).stream().map(m -> url(OparlType.MEMBERSHIP, m.get("id"))).toList())
                    .with("meeting", url(OparlType.ORGANIZATION, r.get("id")) + "/meeting")
                    .with("subOrganizationOf", parent != null && visibleParents.contains(parent) ? url(OparlType.ORGANIZATION, parent) : null)
                    .with("organizationType", organizationType((String) r.get("kind")))
                    .with("classification", r.get("classification"))
                    .with("startDate", OparlFormat.date(r.get("start_date"))).with("endDate", OparlFormat.date(r.get("end_date")))
                    .with("website", r.get("website")).with("location", locations.get(asLong(r.get("location_id"))))
                    .with("web", web(PortalUrls.organization(id(r))));
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    static String organizationType(String kind) {
        return switch (kind) {
            case "FACTION", "GROUP" -> "Fraktion";
            case "PARTY" -> "Partei";
            case "ADMINISTRATIVE_UNIT" -> "Verwaltungsbereich";
            case "EXTERNAL_BODY" -> "externes Gremium";
            case "OTHER" -> "Sonstiges";
            default -> "Gremium";
        };
    }

    private Map<Long, Obj> persons(Viewer viewer, List<Map<String, Object>> rows, boolean omitInternal) {
        Map<Long, List<Map<String, Object>>> memberships = omitInternal ? Map.of()
                : group(queries.children(viewer, OparlType.MEMBERSHIP, "person_id", ids(rows)), "person_id");
        java.util.Set<Long> onBehalfOf = visibleOnBehalfOf(viewer, memberships.values().stream().flatMap(List::stream).toList());
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            boolean contact = Boolean.TRUE.equals(r.get("contact_visible"));
            String title = (String) r.get("title");
            Obj o = start(OparlType.PERSON, r).with("body", url(OparlType.BODY, r.get("body_id")))
                    .with("name", PersonNames.displayName(title, (String) r.get("given_name"), (String) r.get("affix"), (String) r.get("family_name")))
                    .with("familyName", r.get("family_name")).with("givenName", r.get("given_name"))
                    .with("formOfAddress", r.get("form_of_address")).with("affix", r.get("affix"))
                    .with("title", title == null ? null : List.of(title)).with("gender", r.get("gender"))
                    .with("phone", contact && r.get("phone") != null ? List.of(r.get("phone")) : null)
                    .with("email", contact && r.get("email") != null ? List.of(r.get("email")) : null)
                    .with("status", r.get("status") == null ? null : List.of(r.get("status")))
                    .with("life", r.get("life")).with("lifeSource", r.get("life") == null ? null : r.get("life_source"))
                    .with("web", web(PortalUrls.person(id(r))));
            if (!omitInternal) {
                o.with("membership", memberships.getOrDefault(id(r), List.of()).stream().map(m -> membership(m, false, onBehalfOf)).toList());
            }
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    private Map<Long, Obj> memberships(Viewer viewer, List<Map<String, Object>> rows, boolean standalone) {
        java.util.Set<Long> visibleOrganizations = visibleOnBehalfOf(viewer, rows);
        return each(rows, r -> membership(r, standalone, visibleOrganizations));
    }

    /** Organizations named as onBehalfOf that the viewer may see: references never point to a 404. */
    private java.util.Set<Long> visibleOnBehalfOf(Viewer viewer, List<Map<String, Object>> memberships) {
        List<Long> named = memberships.stream().map(m -> asLong(m.get("on_behalf_of_id"))).filter(java.util.Objects::nonNull).distinct().toList();
        return ids(queries.byIds(viewer, OparlType.ORGANIZATION, named)).stream().collect(Collectors.toSet());
    }

    private Obj membership(Map<String, Object> r, boolean standalone, java.util.Set<Long> visibleOrganizations) {
        Obj o = start(OparlType.MEMBERSHIP, r);
        if (standalone) {
            o.with("person", url(OparlType.PERSON, r.get("person_id")));
        }
        Object onBehalfOf = r.get("on_behalf_of_id");
        o.with("organization", url(OparlType.ORGANIZATION, r.get("organization_id")))
                .with("role", r.get("role_label") != null ? r.get("role_label") : role((String) r.get("role")))
                .with("votingRight", r.get("voting_right"))
                .with("startDate", OparlFormat.date(r.get("start_date"))).with("endDate", OparlFormat.date(r.get("end_date")))
                .with("onBehalfOf", onBehalfOf == null || !visibleOrganizations.contains(asLong(onBehalfOf)) ? null
                        : url(OparlType.ORGANIZATION, onBehalfOf));
        stamps(o, r);
        return o;
    }

    private static String role(String role) {
        return switch (role) {
            case "CHAIR" -> "Vorsitz";
            case "DEPUTY_CHAIR" -> "stellv. Vorsitz";
            case "DEPUTY_MEMBER" -> "stellv. Mitglied";
            default -> "Mitglied";
        };
    }

    private Map<Long, Obj> meetings(Viewer viewer, List<Map<String, Object>> rows, boolean omitInternal) {
        List<Long> ids = ids(rows);
        Map<Long, List<Map<String, Object>>> files = group(queries.linkedFiles(viewer, "meeting_file", "meeting_id", ids), "owner_id");
        Map<Long, List<Map<String, Object>>> items = omitInternal ? Map.of()
                : group(queries.children(viewer, OparlType.AGENDA_ITEM, "meeting_id", ids), "meeting_id");
        // embedded items come in agenda order: their OParl order is their index in Meeting.agendaItem
        items.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                list.set(i, withOrder(list.get(i), i));
            }
        });
        Map<Long, Obj> renderedItems = omitInternal ? Map.of()
                : agendaItems(viewer, items.values().stream().flatMap(List::stream).toList(), false, false);
        Map<Long, List<Long>> participants = pairs(queries.participants(viewer, ids));
        Map<Long, List<Long>> joint = pairs(queries.links(viewer, "SELECT meeting_id AS owner_id, organization_id AS target_id,"
                + " position AS sort_key FROM meeting_organization WHERE meeting_id = ANY(:ids) AND deleted_at IS NULL", OparlType.ORGANIZATION, ids));
        Map<Long, Obj> locations = locationsById(viewer, rows, "location_id");
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            List<Map<String, Object>> own = files.getOrDefault(id(r), List.of());
            boolean held = r.get("start_actual") != null;
            List<String> organizations = new ArrayList<>();
            organizations.add(url(OparlType.ORGANIZATION, r.get("organization_id")));
            joint.getOrDefault(id(r), List.of()).forEach(org -> organizations.add(url(OparlType.ORGANIZATION, org)));
            Obj o = start(OparlType.MEETING, r).with("name", r.get("name"))
                    .with("meetingState", held ? "durchgeführt" : "INVITED".equals(r.get("state")) ? "eingeladen" : "terminiert")
                    .with("cancelled", Boolean.TRUE.equals(r.get("cancelled")) ? Boolean.TRUE : null)
                    .with("start", OparlFormat.dateTime(held ? r.get("start_actual") : r.get("start_planned")))
                    .with("end", OparlFormat.dateTime(held ? r.get("end_actual") : r.get("end_planned")))
                    .with("location", locations.get(asLong(r.get("location_id"))))
                    .with("organization", organizations)
                    .with("participant", participants.getOrDefault(id(r), List.of()).stream().map(p -> url(OparlType.PERSON, p)).toList())
                    .with("invitation", firstFile(own, "INVITATION"))
                    .with("resultsProtocol", firstFile(own, "RESULTS_PROTOCOL"))
                    .with("verbatimProtocol", firstFile(own, "VERBATIM_PROTOCOL"))
                    .with("web", web(PortalUrls.meeting(id(r))));
            if (!omitInternal) {
                o.with("auxiliaryFile", own.stream().filter(f -> "AUXILIARY".equals(f.get("link_role"))).map(f -> file(f, false)).toList());
                o.always("agendaItem", items.getOrDefault(id(r), List.of()).stream().map(i -> renderedItems.get(id(i))).toList());
            }
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    private Map<Long, Obj> agendaItems(Viewer viewer, List<Map<String, Object>> rows, boolean standalone, boolean omitInternal) {
        List<Long> ids = ids(rows);
        Map<Long, List<Map<String, Object>>> files = group(queries.linkedFiles(viewer, "agenda_item_file", "agenda_item_id", ids), "owner_id");
        Map<Long, List<Long>> consultations = pairs(queries.links(viewer, "SELECT agenda_item_id AS owner_id, id AS target_id, id AS sort_key"
                + " FROM consultation WHERE agenda_item_id = ANY(:ids)", OparlType.CONSULTATION, ids));
        Map<Long, List<Map<String, Object>>> decisions = group(queries.decisions(viewer, ids), "agenda_item_id");
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            List<Map<String, Object>> own = files.getOrDefault(id(r), List.of());
            List<Long> consultation = consultations.getOrDefault(id(r), List.of());
            Obj o = start(OparlType.AGENDA_ITEM, r);
            if (standalone) {
                o.with("meeting", url(OparlType.MEETING, r.get("meeting_id")));
            }
            o.with("number", r.get("number")).always("order", ((Number) r.get("item_order")).intValue())
                    .with("name", r.get("name")).with("public", r.get("public"))
                    .with("consultation", consultation.isEmpty() ? null : url(OparlType.CONSULTATION, consultation.get(0)))
                    .with("result", r.get("result")).with("resolutionText", r.get("resolution_text"))
                    .with("resolutionFile", firstFile(own, "RESOLUTION"))
                    .with("start", OparlFormat.dateTime(r.get("start_time"))).with("end", OparlFormat.dateTime(r.get("end_time")));
            if (!omitInternal) {
                o.with("auxiliaryFile", own.stream().filter(f -> "AUXILIARY".equals(f.get("link_role"))).map(f -> file(f, false)).toList());
            }
            o.with("openris:vote", decisions.getOrDefault(id(r), List.of()).stream().map(this::vote).toList());
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    /** Vendor extension: OParl 1.1 has no vote object (spec issue #48). See docs/oparl.md. */
    private Obj vote(Map<String, Object> d) {
        return new Obj().always("outcome", d.get("outcome")).always("voteKind", d.get("vote_kind")).with("majority", d.get("majority"))
                .with("yes", d.get("yes_count")).with("no", d.get("no_count")).with("abstain", d.get("abstain_count"))
                .with("factionPosition", parseList(d.get("factions")).stream().map(f -> new Obj()
                        .always("faction", url(OparlType.ORGANIZATION, f.get("faction"))).always("position", f.get("position"))).toList())
                .with("rollCall", parseList(d.get("ballots")).stream().map(b -> new Obj()
                        .always("person", url(OparlType.PERSON, b.get("person"))).always("ballot", b.get("ballot"))).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parseList(Object text) {
        if (text == null) {
            return List.of();
        }
        return json.readValue(text.toString(), List.class);
    }

    private Map<Long, Obj> papers(Viewer viewer, List<Map<String, Object>> rows, boolean omitInternal) {
        List<Long> ids = ids(rows);
        Map<Long, List<Map<String, Object>>> files = group(queries.linkedFiles(viewer, "paper_file", "paper_id", ids), "owner_id");
        Map<Long, List<Map<String, Object>>> consultations = group(queries.children(viewer, OparlType.CONSULTATION, "paper_id", ids), "paper_id");
        Map<Long, List<Long>> related = pairs(queries.links(viewer, "SELECT paper_id AS owner_id, related_paper_id AS target_id, 0 AS sort_key"
                + " FROM paper_related WHERE paper_id = ANY(:ids) AND deleted_at IS NULL UNION SELECT related_paper_id, paper_id, 0"
                + " FROM paper_related WHERE related_paper_id = ANY(:ids) AND deleted_at IS NULL", OparlType.PAPER, ids));
        Map<Long, List<Long>> subordinated = pairs(queries.links(viewer, "SELECT superordinated_paper_id AS owner_id, id AS target_id,"
                + " coalesce(supplement_number, 0) AS sort_key FROM paper WHERE superordinated_paper_id = ANY(:ids)", OparlType.PAPER, ids));
        Map<Long, List<Long>> superordinated = pairs(queries.links(viewer, "SELECT id AS owner_id, superordinated_paper_id AS target_id,"
                + " 0 AS sort_key FROM paper WHERE id = ANY(:ids) AND superordinated_paper_id IS NOT NULL", OparlType.PAPER, ids));
        Map<Long, List<Long>> originOrgs = pairs(queries.links(viewer, "SELECT paper_id AS owner_id, organization_id AS target_id,"
                + " position AS sort_key FROM paper_originator WHERE paper_id = ANY(:ids) AND organization_id IS NOT NULL AND deleted_at IS NULL",
                OparlType.ORGANIZATION, ids));
        Map<Long, List<Long>> originPersons = pairs(queries.links(viewer, "SELECT paper_id AS owner_id, person_id AS target_id,"
                + " position AS sort_key FROM paper_originator WHERE paper_id = ANY(:ids) AND person_id IS NOT NULL AND deleted_at IS NULL",
                OparlType.PERSON, ids));
        Map<Long, List<Long>> direction = pairs(queries.links(viewer, "SELECT id AS owner_id, under_direction_of_id AS target_id,"
                + " 0 AS sort_key FROM paper WHERE id = ANY(:ids) AND under_direction_of_id IS NOT NULL", OparlType.ORGANIZATION, ids));
        Map<Long, List<Long>> paperLocations = omitInternal ? Map.of() : pairs(queries.links(viewer, "SELECT paper_id AS owner_id,"
                + " location_id AS target_id, 0 AS sort_key FROM paper_location WHERE paper_id = ANY(:ids) AND deleted_at IS NULL",
                OparlType.LOCATION, ids));
        Map<Long, Obj> locations = locations(queries.byIds(viewer, OparlType.LOCATION,
                paperLocations.values().stream().flatMap(List::stream).distinct().toList()));
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            List<Map<String, Object>> own = files.getOrDefault(id(r), List.of());
            List<Long> up = superordinated.getOrDefault(id(r), List.of());
            Obj o = start(OparlType.PAPER, r).with("body", url(OparlType.BODY, r.get("body_id")))
                    .with("name", r.get("name"))
                    .with("reference", r.get("reference"))
                    .with("date", OparlFormat.date(r.get("date"))).with("paperType", r.get("paper_type_name"))
                    .with("relatedPaper", urls(OparlType.PAPER, related.get(id(r))))
                    .with("superordinatedPaper", urls(OparlType.PAPER, up))
                    .with("subordinatedPaper", urls(OparlType.PAPER, subordinated.get(id(r))))
                    .with("mainFile", firstFile(own, "MAIN"))
                    .with("web", web(PortalUrls.paper(id(r), (String) r.get("reference"))));
            if (!omitInternal) {
                o.with("auxiliaryFile", own.stream().filter(f -> "AUXILIARY".equals(f.get("link_role"))).map(f -> file(f, false)).toList());
                o.with("location", paperLocations.getOrDefault(id(r), List.of()).stream().map(locations::get).toList());
            }
            o.with("originatorPerson", urls(OparlType.PERSON, originPersons.get(id(r))))
                    .with("underDirectionOf", urls(OparlType.ORGANIZATION, direction.get(id(r))))
                    .with("originatorOrganization", urls(OparlType.ORGANIZATION, originOrgs.get(id(r))))
                    .with("consultation", consultations.getOrDefault(id(r), List.of()).stream()
                            .sorted(java.util.Comparator.comparing(c -> ((Number) c.get("position")).intValue()))
                            .map(c -> consultation(c, false)).toList());
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    private Obj consultation(Map<String, Object> r, boolean standalone) {
        Obj o = start(OparlType.CONSULTATION, r);
        if (standalone) {
            o.with("paper", url(OparlType.PAPER, r.get("paper_id")));
        }
        Object item = r.get("agenda_item_id");
        Object meeting = r.get("meeting_id");
        o.with("agendaItem", item == null ? null : url(OparlType.AGENDA_ITEM, item))
                .with("meeting", meeting == null ? null : url(OparlType.MEETING, meeting))
                .with("organization", List.of(url(OparlType.ORGANIZATION, r.get("organization_id"))))
                .with("authoritative", r.get("authoritative"))
                .with("role", consultationRole((String) r.get("role")));
        stamps(o, r);
        return o;
    }

    static String consultationRole(String role) {
        return switch (role) {
            case "PRELIMINARY" -> "Vorberatung";
            case "RECOMMENDATION" -> "Empfehlung";
            case "DECISION" -> "Entscheidung";
            case "TO_NOTE" -> "Kenntnisnahme";
            case "HEARING" -> "Anhörung";
            default -> role;
        };
    }

    private Map<Long, Obj> files(Viewer viewer, List<Map<String, Object>> rows, boolean standalone) {
        List<Long> ids = ids(rows);
        Map<Long, List<Long>> papers = standalone ? pairs(queries.links(viewer, "SELECT file_id AS owner_id, paper_id AS target_id,"
                + " 0 AS sort_key FROM paper_file WHERE file_id = ANY(:ids) AND deleted_at IS NULL", OparlType.PAPER, ids)) : Map.of();
        Map<Long, List<Long>> meetings = standalone ? pairs(queries.links(viewer, "SELECT file_id AS owner_id, meeting_id AS target_id,"
                + " 0 AS sort_key FROM meeting_file WHERE file_id = ANY(:ids) AND deleted_at IS NULL", OparlType.MEETING, ids)) : Map.of();
        Map<Long, List<Long>> items = standalone ? pairs(queries.links(viewer, "SELECT file_id AS owner_id, agenda_item_id AS target_id,"
                + " 0 AS sort_key FROM agenda_item_file WHERE file_id = ANY(:ids) AND deleted_at IS NULL", OparlType.AGENDA_ITEM, ids)) : Map.of();
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Obj o = file(r, standalone);
            if (standalone) {
                o.with("paper", urls(OparlType.PAPER, papers.get(id(r))))
                        .with("meeting", urls(OparlType.MEETING, meetings.get(id(r))))
                        .with("agendaItem", urls(OparlType.AGENDA_ITEM, items.get(id(r))));
                o.remove("created");
                o.remove("modified");
                stamps(o, r);
            }
            out.put(id(r), o);
        }
        return out;
    }

    private Obj file(Map<String, Object> r, boolean standalone) {
        String self = url(OparlType.FILE, r.get("id"));
        Obj o = start(OparlType.FILE, r).with("name", r.get("name")).with("fileName", r.get("file_name"))
                .with("mimeType", r.get("mime_type")).with("date", OparlFormat.date(r.get("date")))
                .with("size", r.get("size")).with("sha512Checksum", trim(r.get("sha512")))
                .with("text", r.get("text_content"))
                .always("accessUrl", self + "/access").with("downloadUrl", self + "/download")
                .with("fileLicense", r.get("license"))
                .with("web", web(PortalUrls.file(id(r))));
        stamps(o, r);
        return o;
    }

    private Obj firstFile(List<Map<String, Object>> files, String role) {
        return files.stream().filter(f -> role.equals(f.get("link_role"))).findFirst().map(f -> file(f, false)).orElse(null);
    }

    private Map<Long, Obj> locations(List<Map<String, Object>> rows) {
        Map<Long, Obj> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Obj o = start(OparlType.LOCATION, r).with("description", r.get("description"))
                    .with("geojson", r.get("geojson") == null ? null : json.readValue(r.get("geojson").toString(), Map.class))
                    .with("streetAddress", r.get("street_address")).with("room", r.get("room"))
                    .with("postalCode", r.get("postal_code")).with("subLocality", r.get("sub_locality")).with("locality", r.get("locality"));
            stamps(o, r);
            out.put(id(r), o);
        }
        return out;
    }

    /** Standalone locations carry back-references to the visible objects that use them. */
    private Map<Long, Obj> standaloneLocations(Viewer viewer, List<Map<String, Object>> rows) {
        List<Long> ids = ids(rows);
        Map<Long, List<Long>> bodies = pairs(queries.links(viewer, "SELECT location_id AS owner_id, id AS target_id, id AS sort_key"
                + " FROM body WHERE location_id = ANY(:ids)", OparlType.BODY, ids));
        Map<Long, List<Long>> organizations = pairs(queries.links(viewer, "SELECT location_id AS owner_id, id AS target_id, id AS sort_key"
                + " FROM organization WHERE location_id = ANY(:ids)", OparlType.ORGANIZATION, ids));
        Map<Long, List<Long>> meetings = pairs(queries.links(viewer, "SELECT location_id AS owner_id, id AS target_id, id AS sort_key"
                + " FROM meeting WHERE location_id = ANY(:ids)", OparlType.MEETING, ids));
        Map<Long, List<Long>> papers = pairs(queries.links(viewer, "SELECT location_id AS owner_id, paper_id AS target_id, paper_id AS sort_key"
                + " FROM paper_location WHERE location_id = ANY(:ids) AND deleted_at IS NULL", OparlType.PAPER, ids));
        Map<Long, Obj> out = locations(rows);
        out.forEach((id, o) -> {
            Object created = o.remove("created");
            Object modified = o.remove("modified");
            o.with("bodies", urls(OparlType.BODY, bodies.get(id))).with("organizations", urls(OparlType.ORGANIZATION, organizations.get(id)))
                    .with("meetings", urls(OparlType.MEETING, meetings.get(id))).with("papers", urls(OparlType.PAPER, papers.get(id)))
                    .always("created", created).always("modified", modified);
        });
        return out;
    }

    private Map<Long, Obj> locationsById(Viewer viewer, List<Map<String, Object>> rows, String column) {
        List<Long> ids = rows.stream().map(r -> asLong(r.get(column))).filter(java.util.Objects::nonNull).distinct().toList();
        return locations(queries.byIds(viewer, OparlType.LOCATION, ids));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> withOrder(Map<String, Object> row, int order) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("item_order", order);
        return copy;
    }

    private List<String> urls(OparlType type, List<Long> ids) {
        return ids == null ? null : ids.stream().map(i -> url(type, i)).toList();
    }

    private static boolean deleted(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get("is_deleted"));
    }

    static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static List<Long> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(OparlRenderer::id).toList();
    }

    private static Map<Long, List<Map<String, Object>>> group(List<Map<String, Object>> rows, String column) {
        Map<Long, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(asLong(r.get(column)), k -> new ArrayList<>()).add(r));
        return grouped;
    }

    private static Map<Long, List<Long>> pairs(List<long[]> pairs) {
        Map<Long, List<Long>> grouped = new LinkedHashMap<>();
        pairs.forEach(p -> grouped.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        return grouped;
    }
}
