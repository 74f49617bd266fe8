package org.openris.search;

/** What a search hit is; each kind has its public page. */
public enum IndexKind {
    PAPER, MEETING, AGENDA_ITEM, PERSON, ORGANIZATION
}
