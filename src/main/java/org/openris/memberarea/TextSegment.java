package org.openris.memberarea;

/** A run of a paragraph of a paper or file text; {@code marked} when it lies in a highlighted passage. */
public record TextSegment(String text, boolean marked) {
}
