package org.openris.oparl;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Our own structural checks of OParl objects, recursively including embedded ones (the published
 * schemas check neither embedded objects nor created/modified). Returns readable problems, one per
 * finding, each with the JSON path where it was found.
 */
final class OparlShape {

    static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$");
    static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate", "date");
    /** Body.licenseValidSince is a date-time in OParl 1.1 (schema "format": "date-time", example and text: "Zeitpunkt"). */
    static final Set<String> DATE_TIME_FIELDS = Set.of("created", "modified", "start", "end", "oparlSince", "licenseValidSince");
    static final List<String> BODY_LISTS = List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
            "file", "locationList", "legislativeTermList", "membership");
    static final Set<String> TYPES = Set.of("System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting",
            "AgendaItem", "Paper", "Consultation", "File", "Location");
    /** URL segment of each type (ids are {@code <base>/<segment>/<n>}). */
    static final Map<String, String> SEGMENTS = Map.ofEntries(Map.entry("Body", "body"),
            Map.entry("LegislativeTerm", "legislativeTerm"), Map.entry("Organization", "organization"), Map.entry("Person", "person"),
            Map.entry("Membership", "membership"), Map.entry("Meeting", "meeting"), Map.entry("AgendaItem", "agendaItem"),
            Map.entry("Paper", "paper"), Map.entry("Consultation", "consultation"), Map.entry("File", "file"),
            Map.entry("Location", "location"));

    private final String base;

    OparlShape(String base) {
        this.base = base;
    }

    /** Problems of one object as served at {@code where} (a URL), embedded objects included. */
    List<String> problems(JsonNode object, String where) {
        List<String> problems = new ArrayList<>();
        check(object, where + "#", true, problems);
        return problems;
    }

    private void check(JsonNode node, String path, boolean oparlObject, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": expected an object, found " + node.getNodeType());
            return;
        }
        if (node.isEmpty()) {
            problems.add(path + ": empty object");
        }
        if (oparlObject) {
            oparlObject(node, path, problems);
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String at = path + "/" + name;
            if (value.isNull()) {
                problems.add(at + ": null");
            } else if (value.isString() && value.stringValue().isBlank()) {
                problems.add(at + ": empty string");
            } else if (value.isArray() && value.isEmpty() && !(oparlObject && requiredArray(node, name))) {
                problems.add(at + ": empty array");
            }
            if (oparlObject && value.isString() && DATE_FIELDS.contains(name) && !DATE.matcher(value.stringValue()).matches()) {
                problems.add(at + ": not a date yyyy-mm-dd: " + value.stringValue());
            }
            if (oparlObject && value.isString() && DATE_TIME_FIELDS.contains(name) && !DATE_TIME.matcher(value.stringValue()).matches()) {
                problems.add(at + ": not a date-time yyyy-mm-ddThh:mm:ss±hh:mm: " + value.stringValue());
            }
            if (oparlObject && (DATE_FIELDS.contains(name) || DATE_TIME_FIELDS.contains(name)) && !value.isString()) {
                problems.add(at + ": date or date-time must be a string: " + value);
            }
            if (name.equals("geojson")) {
                if (!value.path("type").asString("").equals("Feature") || !value.has("geometry")) {
                    problems.add(at + ": geojson must be a complete GeoJSON Feature: " + value);
                }
                continue; // GeoJSON has its own rules (e.g. "properties": null is valid)
            }
            // properties of OParl objects hold OParl objects; vendor extensions ("openris:vote") hold their own structures
            boolean childOparl = oparlObject && !name.contains(":");
            if (value.isObject()) {
                check(value, at, childOparl, problems);
            } else if (value.isArray()) {
                int i = 0;
                for (JsonNode element : value.values()) {
                    if (element.isObject()) {
                        check(element, at + "/" + i, childOparl, problems);
                    } else if (element.isNull() || element.isString() && element.stringValue().isBlank()) {
                        problems.add(at + "/" + i + ": null or empty element");
                    }
                    i++;
                }
            }
        }
    }

    /** Arrays the specification requires even when empty (Meeting.agendaItem, Body.legislativeTerm). */
    private static boolean requiredArray(JsonNode node, String name) {
        String type = OparlClient.typeName(node);
        return type.equals("Body") && name.equals("legislativeTerm") || type.equals("Meeting") && name.equals("agendaItem");
    }

    private void oparlObject(JsonNode o, String path, List<String> problems) {
        JsonNode id = o.get("id");
        JsonNode type = o.get("type");
        if (id == null || !id.isString()) {
            problems.add(path + ": id missing or not a string");
        }
        if (type == null || !type.isString() || !type.stringValue().startsWith(OparlClient.TYPE)
                || !TYPES.contains(OparlClient.typeName(o))) {
            problems.add(path + ": type missing or not an OParl 1.1 type: " + type);
            return;
        }
        String typeName = OparlClient.typeName(o);
        if (id != null && id.isString()) {
            String expected = typeName.equals("System") ? base + "/system" : base + "/" + SEGMENTS.get(typeName) + "/";
            if (!id.stringValue().startsWith(expected)) {
                problems.add(path + ": id " + id.stringValue() + " does not fit type " + typeName);
            }
        }
        for (String stamp : List.of("created", "modified")) {
            JsonNode value = o.get(stamp);
            if (value == null || !value.isString() || !DATE_TIME.matcher(value.stringValue()).matches()) {
                problems.add(path + ": " + stamp + " missing or not yyyy-mm-ddThh:mm:ss±hh:mm: " + value);
            }
        }
        String created = o.path("created").asString("");
        String modified = o.path("modified").asString("");
        if (DATE_TIME.matcher(created).matches() && DATE_TIME.matcher(modified).matches()
                && OffsetDateTime.parse(modified).isBefore(OffsetDateTime.parse(created))) {
            problems.add(path + ": modified " + modified + " before created " + created);
        }
        if (o.has("deleted")) {
            if (!o.get("deleted").isBoolean() || !o.get("deleted").booleanValue()) {
                problems.add(path + ": deleted present but not true: " + o.get("deleted"));
            }
            return; // a tombstone keeps only id, type, created and modified
        }
        switch (typeName) {
            case "Body" -> body(o, path, problems);
            case "Meeting" -> meeting(o, path, problems);
            case "AgendaItem" -> {
                if (!o.path("order").isInt() || o.path("order").intValue() < 0) {
                    problems.add(path + ": AgendaItem.order missing or not a non-negative integer: " + o.get("order"));
                }
            }
            case "File" -> {
                if (!o.path("accessUrl").isString()) {
                    problems.add(path + ": File.accessUrl missing");
                }
            }
            default -> {
            }
        }
    }

    private void body(JsonNode o, String path, List<String> problems) {
        String id = o.path("id").asString("");
        for (String list : BODY_LISTS) {
            JsonNode url = o.get(list);
            if (url == null || !url.isString() || !url.stringValue().startsWith(id + "/")) {
                problems.add(path + ": Body." + list + " missing or not a list URL of this body: " + url);
            }
        }
        if (!o.path("legislativeTerm").isArray()) {
            problems.add(path + ": Body.legislativeTerm missing or not an array: " + o.get("legislativeTerm"));
        }
        if (o.has("ags") && !(o.get("ags").isString() && o.get("ags").stringValue().matches("\\d{8}"))) {
            problems.add(path + ": Body.ags must be an 8-character string of digits: " + o.get("ags"));
        }
        if (o.has("rgs") && !(o.get("rgs").isString() && o.get("rgs").stringValue().matches("\\d{12}"))) {
            problems.add(path + ": Body.rgs must be a 12-character string of digits: " + o.get("rgs"));
        }
    }

    private void meeting(JsonNode o, String path, List<String> problems) {
        JsonNode items = o.get("agendaItem");
        if (items == null) {
            return; // left out with omit_internal=true
        }
        if (!items.isArray()) {
            problems.add(path + ": Meeting.agendaItem is not an array");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode order = items.get(i).get("order");
            if (order == null || !order.isInt() || order.intValue() != i) {
                problems.add(path + "/agendaItem/" + i + ": order " + order + " is not its index " + i + " in Meeting.agendaItem");
            }
        }
    }

    /** Problems of an external list page: data (array), pagination (object), links (object). */
    static List<String> pageProblems(JsonNode page, String url) {
        List<String> problems = new ArrayList<>();
        if (!page.path("data").isArray()) {
            problems.add(url + ": data missing or not an array");
        }
        if (!page.path("pagination").isObject()) {
            problems.add(url + ": pagination missing or not an object");
        }
        if (!page.path("links").isObject()) {
            problems.add(url + ": links missing or not an object");
        }
        return problems;
    }
}
