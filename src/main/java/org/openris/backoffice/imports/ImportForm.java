package org.openris.backoffice.imports;

/** The start form as entered (strings, so a wrong number is shown again as typed). */
public record ImportForm(String systemUrl, String bodyUrl, String mode, String delayMillis, String concurrency, boolean files) {

    static ImportForm defaults() {
        return new ImportForm("", "", "auto", "100", "2", true);
    }

    public boolean full() {
        return "full".equals(mode);
    }
}
