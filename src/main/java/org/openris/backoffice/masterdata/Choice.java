package org.openris.backoffice.masterdata;

/** One option of a select field in a master-data form. */
public record Choice(String value, String label) {
}
