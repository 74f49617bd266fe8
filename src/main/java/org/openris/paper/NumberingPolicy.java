package org.openris.paper;

/**
 * How a body numbers its papers (Nummernkreis der Drucksachen).
 */
public enum NumberingPolicy {

    /** The serial restarts at 1 every calendar year, e.g. {@code 00001-24} after {@code 04411-23}. */
    YEARLY,

    /** The serial keeps counting across years, e.g. {@code 16400-20} … {@code 20070-21}. */
    CONTINUOUS
}
