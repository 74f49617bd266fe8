package org.openris.backoffice.masterdata;

/** The addresses of the master-data screens. */
final class MasterDataPaths {

    static final String ROOT = "/verwaltung/stammdaten";
    static final String ORGANIZATIONS = ROOT + "/gremien";
    static final String TERMS = ROOT + "/wahlperioden";
    static final String PERSONS = ROOT + "/personen";
    static final String MEMBERSHIPS = ROOT + "/mitgliedschaften";

    private MasterDataPaths() {
    }

    static String organization(long id) {
        return ORGANIZATIONS + "/" + id;
    }

    static String person(long id) {
        return PERSONS + "/" + id;
    }

    static String term(long id) {
        return TERMS + "/" + id;
    }

    static String membership(long id) {
        return MEMBERSHIPS + "/" + id;
    }

    /** A redirect after a successful write with the notice to show (one of the known notice keys). */
    static String redirect(String path, String notice) {
        return "redirect:" + path + "?hinweis=" + notice;
    }
}
