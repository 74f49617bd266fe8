package org.openris.importer;

/** The kinds of trouble a real OParl server causes; each is counted per run with a few examples. */
enum Warning {
    RETRIED("Anfrage nach Fehler wiederholt (IO-Fehler oder HTTP 5xx)"),
    OBJECT_FOR_ARRAY("Objekt, wo eine Liste erwartet wird"),
    ARRAY_FOR_OBJECT("Liste, wo ein Einzelwert erwartet wird"),
    EMPTY_VALUE("Leerer Wert oder Platzhalter (\"\", nur Leerzeichen, \"N/A\")"),
    DATE_WITHOUT_OFFSET("Zeitpunkt ohne Zeitzone (als Europe/Berlin gelesen)"),
    DATE_FOR_DATE_TIME("Datum in einem Zeitpunkt-Feld (als Tagesbeginn gelesen)"),
    DATE_TIME_FOR_DATE("Zeitpunkt in einem Datumsfeld (Datum übernommen)"),
    INVALID_DATE("Unlesbares Datum (verworfen)"),
    MISSING_TYPE("Objekt ohne type (aus dem Zusammenhang bestimmt)"),
    CONTROL_CHARACTERS("Ungültiges JSON: unmaskierte Steuerzeichen"),
    EMPTY_WINDOW_ERROR("HTTP 404/400 statt leerer Liste für ein Filterfenster"),
    NOT_A_LIST_PAGE("Antwort ist keine Listenseite (Einzelobjekt oder nacktes Array)"),
    PAGINATION_LOOP("Blätterung wiederholt Seiten (Liste beendet)"),
    FILTER_LOST("next-Link ohne die Filter der Anfrage (wieder ergänzt)"),
    TOMBSTONE_WITHOUT_TYPE("Gelöschtes Objekt ohne type"),
    EMBEDDED_DIFFERS("Eingebettete Fassung weicht von der eigenständigen ab (eigenständige gilt)"),
    FILE_UNAVAILABLE("Datei nicht abrufbar (Objekt ohne Dateiinhalt übernommen)"),
    CHECKSUM_MISMATCH("Prüfsumme der Datei stimmt nicht (Datei nicht übernommen)"),
    VALUE_ADJUSTED("Wert angepasst, damit er passt"),
    UNRESOLVED_REFERENCE("Verweis auf ein Objekt, das nicht abrufbar ist"),
    LIST_UNAVAILABLE("Liste nicht abrufbar"),
    NOT_MAPPED("Eigenschaft ohne Entsprechung (nicht übernommen)"),
    ADDRESS_REFUSED("Adresse nicht abgerufen (internes Netz oder kein http/https; Einstellung ris.importer.allow-private-addresses)");

    final String description;

    Warning(String description) {
        this.description = description;
    }
}
