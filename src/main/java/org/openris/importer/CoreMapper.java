package org.openris.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Body, LegislativeTerm, Location, Organization, Person and Membership onto our tables. */
final class CoreMapper {

    private final RunContext ctx;

    CoreMapper(RunContext ctx) {
        this.ctx = ctx;
    }

    long body(Values v) {
        Map<String, Object> c = new LinkedHashMap<>();
        String name = v.text("name");
        if (name == null) {
            name = v.text("shortName") != null ? v.text("shortName") : v.url();
            ctx.warn(Warning.VALUE_ADJUSTED, v, "Körperschaft ohne Namen");
        }
        c.put("name", name);
        c.put("short_name", v.text("shortName"));
        c.put("website", v.text("website"));
        c.put("ags", digits(v, "ags", 8));
        c.put("rgs", digits(v, "rgs", 12));
        c.put("classification", v.text("classification"));
        c.put("contact_email", v.text("contactEmail"));
        c.put("contact_name", v.text("contactName"));
        c.put("license", v.text("license"));
        c.put("license_valid_since", v.date("licenseValidSince"));
        c.put("oparl_since", v.dateTime("oparlSince"));
        c.put("location_id", location(v.object("location"), v));
        c.putAll(ctx.stamps(v));
        long id = ctx.upsert("Body", "body", v, c, RunContext.STANDALONE);
        ctx.bodyId = id;
        for (JsonNode term : v.array("legislativeTerm")) {
            if (term.isObject()) {
                ctx.dispatcher().importObject(term, "LegislativeTerm", RunContext.EMBEDDED);
            }
        }
        return id;
    }

    /** AGS/RGS: digits only, left-padded with zeros when a leading zero was lost. */
    private String digits(Values v, String property, int length) {
        String s = v.text(property);
        if (s == null) {
            return null;
        }
        if (s.matches("[0-9]{" + length + "}")) {
            return s;
        }
        if (s.matches("[0-9]{1," + (length - 1) + "}")) {
            String padded = "0".repeat(length - s.length()) + s;
            ctx.warn(Warning.VALUE_ADJUSTED, v, property + " \"" + s + "\" mit führenden Nullen: " + padded);
            return padded;
        }
        ctx.warn(Warning.VALUE_ADJUSTED, v, property + " \"" + s + "\" ungültig (verworfen)");
        return null;
    }

    Long term(Values v, String origin) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("LegislativeTerm", v.url(), "keine Körperschaft");
            return null;
        }
        LocalDate start = v.date("startDate");
        LocalDate end = v.date("endDate");
        if (start == null) {
            ctx.report.unmapped("LegislativeTerm", v.url(), "Wahlperiode ohne Beginn (startDate)");
            return null;
        }
        if (end != null && end.isBefore(start)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "endDate vor startDate (verworfen)");
            end = null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("name", v.text("name") != null ? v.text("name") : "Wahlperiode " + start.getYear());
        c.put("start_date", start);
        c.put("end_date", end);
        c.putAll(ctx.stamps(v));
        return ctx.upsert("LegislativeTerm", "legislative_term", v, c, origin);
    }

    /** An embedded Location (or a URL of one); returns the local id. */
    Long location(JsonNode node, Values owner) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return ctx.ref(node.asString(), "Location", "location", owner);
        }
        if (!node.isObject() || !node.path("id").isString()) {
            return null;
        }
        return ctx.dispatcher().importObject(node, "Location", RunContext.EMBEDDED);
    }

    long location(Values v, String origin) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("description", v.text("description"));
        c.put("street_address", v.text("streetAddress"));
        c.put("room", v.text("room"));
        String postal = v.text("postalCode");
        if (postal != null && !postal.matches("[0-9]{5}")) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "postalCode \"" + postal + "\" ungültig (verworfen)");
            postal = null;
        }
        c.put("postal_code", postal);
        c.put("sub_locality", v.text("subLocality"));
        c.put("locality", v.text("locality"));
        JsonNode geo = v.object("geojson");
        if (geo != null && !(geo.isObject() && "Feature".equals(geo.path("type").asString("")))) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "geojson ist kein GeoJSON-Feature (verworfen)");
            geo = null;
        }
        c.put("geojson", geo == null ? null : new ImportStore.Jsonb(geo.toString()));
        c.putAll(ctx.stamps(v));
        return ctx.upsert("Location", "location", v, c, origin);
    }

    Long organization(Values v) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("Organization", v.url(), "keine Körperschaft");
            return null;
        }
        String name = v.text("name") != null ? v.text("name") : v.text("shortName");
        if (name == null) {
            ctx.report.unmapped("Organization", v.url(), "Gremium ohne Namen");
            return null;
        }
        String kind = kind(v.text("organizationType"), v.text("classification"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("name", name);
        c.put("short_name", v.text("shortName"));
        c.put("kind", kind);
        c.put("classification", v.text("classification"));
        c.put("unit_code", "ADMINISTRATIVE_UNIT".equals(kind) ? unitCode(v, v.text("shortName") != null ? v.text("shortName") : name) : null);
        // the parent first (fetched when not yet imported): one write, no later UPDATE that would move modified
        Long parent = ctx.ref(v.text("subOrganizationOf"), "Organization", "organization", v);
        Long own = ctx.store.source(v.url()).map(ImportStore.Source::localId).orElse(null);
        c.put("sub_organization_of", parent != null && !parent.equals(own) ? parent : null);
        LocalDate start = v.date("startDate");
        LocalDate end = v.date("endDate");
        if (start != null && end != null && end.isBefore(start)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "endDate vor startDate (verworfen)");
            end = null;
        }
        c.put("start_date", start);
        c.put("end_date", end);
        c.put("website", v.text("website"));
        c.put("location_id", location(v.object("location"), v));
        c.put("public", true);
        c.putAll(ctx.stamps(v));
        return ctx.upsert("Organization", "organization", v, c, RunContext.STANDALONE);
    }

    /** Our organization kinds from OParl's organizationType and classification. */
    static String kind(String type, String classification) {
        String t = type == null ? "" : type.toLowerCase(Locale.GERMAN);
        String k = classification == null ? "" : classification.toLowerCase(Locale.GERMAN);
        if (t.equals("fraktion")) {
            return k.contains("gruppe") ? "GROUP" : "FACTION";
        }
        if (t.equals("partei")) {
            return "PARTY";
        }
        if (t.equals("verwaltungsbereich")) {
            return "ADMINISTRATIVE_UNIT";
        }
        if (t.equals("externes gremium")) {
            return "EXTERNAL_BODY";
        }
        if (t.equals("institution") || t.equals("sonstiges")) {
            return "OTHER";
        }
        if (k.equals("parlament") || k.contains("stadtrat") || k.contains("gemeinderat") || k.contains("kreistag") || k.equals("rat")) {
            return "COUNCIL";
        }
        if (k.contains("bezirk")) {
            return "DISTRICT_COUNCIL";
        }
        if (k.contains("beirat")) {
            return "ADVISORY_BOARD";
        }
        return "COMMITTEE";
    }

    /** Unit code of an administrative unit: unique per body (another unit's code gets the URL's end appended). */
    private String unitCode(Values v, String wanted) {
        Long taken = ctx.store.jdbc().sql("SELECT id FROM organization WHERE body_id = :b AND unit_code = :c AND deleted_at IS NULL LIMIT 1")
                .param("b", ctx.bodyId).param("c", wanted).query(Long.class).optional().orElse(null);
        Long own = ctx.store.source(v.url()).map(ImportStore.Source::localId).orElse(null);
        if (taken == null || taken.equals(own)) {
            return wanted;
        }
        String unique = wanted + " #" + v.url().substring(v.url().lastIndexOf('/') + 1);
        ctx.warn(Warning.VALUE_ADJUSTED, v, "Verwaltungskürzel \"" + wanted + "\" doppelt: " + unique);
        return unique;
    }

    Long person(Values v) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("Person", v.url(), "keine Körperschaft");
            return null;
        }
        String family = v.text("familyName");
        String given = v.text("givenName");
        if (family == null) {
            String name = v.text("name");
            if (name == null) {
                ctx.report.unmapped("Person", v.url(), "Person ohne Namen");
                return null;
            }
            String[] parts = name.split("\\s+");
            family = parts[parts.length - 1];
            if (given == null && parts.length > 1) {
                given = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, parts.length - 1));
            }
            ctx.warn(Warning.VALUE_ADJUSTED, v, "familyName aus name \"" + name + "\" abgeleitet");
        }
        String gender = v.text("gender");
        if (gender != null && !List.of("female", "male", "other").contains(gender.toLowerCase(Locale.ROOT))) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "gender \"" + gender + "\" als other");
            gender = "other";
        }
        String life = v.text("life");
        if (life != null && life.length() > 1000) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "life gekürzt auf 1000 Zeichen");
            life = life.substring(0, 1000);
        }
        List<String> emails = v.texts("email");
        List<String> phones = v.texts("phone");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("family_name", family);
        c.put("given_name", given);
        c.put("title", join(v.texts("title")));
        c.put("form_of_address", v.text("formOfAddress"));
        c.put("affix", v.text("affix"));
        c.put("gender", gender == null ? null : gender.toLowerCase(Locale.ROOT));
        c.put("status", join(v.texts("status")));
        c.put("life", life);
        c.put("life_source", v.text("lifeSource"));
        c.put("email", emails.isEmpty() ? null : String.join(", ", emails));
        c.put("phone", phones.isEmpty() ? null : String.join(", ", phones));
        // published by the source: the person consented there
        c.put("contact_public", !emails.isEmpty() || !phones.isEmpty());
        JsonNode locationObject = v.object("locationObject");
        c.put("location_id", location(locationObject != null ? locationObject : v.object("location"), v));
        c.putAll(ctx.stamps(v));
        long id = ctx.upsert("Person", "person", v, c, RunContext.STANDALONE);
        for (JsonNode m : v.array("membership")) {
            if (m.isObject()) {
                membership(new Values(m, ctx.report), id, RunContext.EMBEDDED);
            }
        }
        return id;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(" ", values);
    }

    Long membership(Values v, Long personId, String origin) {
        Long person = personId != null ? personId : ctx.ref(v.text("person"), "Person", "person", v);
        if (person == null) {
            ctx.report.unmapped("Membership", v.url(), "Person nicht auflösbar");
            return null;
        }
        Long organization = ctx.ref(v.text("organization"), "Organization", "organization", v);
        if (organization == null) {
            ctx.report.unmapped("Membership", v.url(), "Gremium nicht auflösbar: " + v.text("organization"));
            return null;
        }
        LocalDate start = v.date("startDate");
        if (start == null) {
            OffsetDateTimeHolder created = new OffsetDateTimeHolder(ctx.stamps(v).get("created"));
            start = created.date();
            ctx.warn(Warning.VALUE_ADJUSTED, v, "Mitgliedschaft ohne startDate: Beginn = created (" + start + ")");
        }
        LocalDate end = v.date("endDate");
        if (end != null && end.isBefore(start)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "endDate vor startDate (verworfen)");
            end = null;
        }
        String roleText = v.text("role");
        Boolean voting = v.bool("votingRight");
        boolean votingRight = voting == null || voting;
        Long orgId = organization;
        String kind = (String) ctx.lookups.computeIfAbsent("kind:" + organization, k -> ctx.store.jdbc().sql("SELECT kind FROM organization WHERE id = :id")
                .param("id", orgId).query(String.class).single());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("person_id", person);
        c.put("organization_id", organization);
        c.put("role", role(roleText));
        c.put("mandate", "FACTION".equals(kind) || "GROUP".equals(kind) ? "FACTION_MEMBER" : "COUNCIL_MEMBER");
        c.put("seat_category", votingRight ? "VOTING_MEMBER" : "MEMBER_WITHOUT_VOTE");
        c.put("voting_right", votingRight);
        c.put("on_behalf_of_id", ctx.ref(v.text("onBehalfOf"), "Organization", "organization", v));
        c.put("role_label", roleText);
        c.put("start_date", start);
        c.put("end_date", end);
        c.putAll(ctx.stamps(v));
        return ctx.upsert("Membership", "membership", v, c, origin);
    }

    static String role(String text) {
        if (text == null) {
            return "MEMBER";
        }
        String t = text.toLowerCase(Locale.GERMAN);
        boolean deputy = t.contains("stellv") || t.contains("vertret");
        if (t.contains("vorsitz")) {
            return deputy ? "DEPUTY_CHAIR" : "CHAIR";
        }
        return deputy ? "DEPUTY_MEMBER" : "MEMBER";
    }

    /** The Berlin date of a stamp value. */
    private record OffsetDateTimeHolder(Object value) {
        LocalDate date() {
            return ((java.time.OffsetDateTime) value).atZoneSameInstant(Values.BERLIN).toLocalDate();
        }
    }
}
