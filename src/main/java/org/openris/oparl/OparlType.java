package org.openris.oparl;

/** The twelve OParl 1.1 object types with their table and URL segment. */
public enum OparlType {
    SYSTEM("system", null, "System"),
    BODY("body", "body", "Body"),
    LEGISLATIVE_TERM("legislativeTerm", "legislative_term", "LegislativeTerm"),
    ORGANIZATION("organization", "organization", "Organization"),
    PERSON("person", "person", "Person"),
    MEMBERSHIP("membership", "membership", "Membership"),
    MEETING("meeting", "meeting", "Meeting"),
    AGENDA_ITEM("agendaItem", "agenda_item", "AgendaItem"),
    PAPER("paper", "paper", "Paper"),
    CONSULTATION("consultation", "consultation", "Consultation"),
    FILE("file", "stored_file", "File"),
    LOCATION("location", "location", "Location");

    final String segment;
    final String table;
    final String typeName;

    OparlType(String segment, String table, String typeName) {
        this.segment = segment;
        this.table = table;
        this.typeName = typeName;
    }

    String typeUrl() {
        return "https://schema.oparl.org/1.1/" + typeName;
    }

    static OparlType ofSegment(String segment) {
        for (OparlType type : values()) {
            if (type != SYSTEM && type.segment.equals(segment)) {
                return type;
            }
        }
        throw new OparlException(404, "Unbekannter Objekttyp: " + segment);
    }
}
