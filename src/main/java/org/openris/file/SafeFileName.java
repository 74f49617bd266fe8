package org.openris.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition header of a download: the stored file name with everything removed that
 * could break or inject into the header or name a path (quotes, separators, control characters),
 * as an ASCII {@code filename} (umlauts transcribed) and the exact UTF-8 {@code filename*} (RFC 6266).
 */
public final class SafeFileName {

    private static final int MAX_LENGTH = 150;
    private static final String HEX = "0123456789ABCDEF";

    private SafeFileName() {
    }

    public static String contentDisposition(boolean inline, String fileName, long id) {
        String safe = clean(fileName);
        if (safe.isEmpty()) {
            safe = "dokument-" + id + (inline ? ".pdf" : "");
        }
        String ascii = ascii(safe).strip();
        if (ascii.isEmpty()) {
            ascii = "dokument-" + id + (inline ? ".pdf" : "");
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(safe);
    }

    /** The name without control characters, quotes, path or header separators and leading dots, at most 150 characters. */
    static String clean(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[\"\\\\/:*?<>|;%]", "_")
                .strip()
                .replaceAll("^[.\\s]+", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length())) + extension;
        }
        return name;
    }

    static String ascii(String name) {
        String transcribed = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
        String stripped = Normalizer.normalize(transcribed, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^\\x20-\\x7E]", "_");
    }

    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }
}
