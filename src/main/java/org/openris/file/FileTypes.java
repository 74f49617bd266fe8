package org.openris.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of an uploaded document, read from its content (magic bytes), never from the file name:
 * PDF, PNG, JPEG, OpenDocument text/spreadsheet, Word (DOCX), Excel (XLSX) and PowerPoint (PPTX, a
 * presentation shown in a meeting and attached to the minutes). Office formats are ZIP
 * containers told apart by their entries.
 */
public final class FileTypes {

    /** A recognised type: MIME type, usual extension and a short German label. */
    public record Type(String mimeType, String extension, String label) {
    }

    public static final Type PDF = new Type("application/pdf", "pdf", "PDF");
    public static final Type PNG = new Type("image/png", "png", "PNG-Bild");
    public static final Type JPEG = new Type("image/jpeg", "jpg", "JPEG-Bild");
    public static final Type ODT = new Type("application/vnd.oasis.opendocument.text", "odt", "OpenDocument-Text");
    public static final Type ODS = new Type("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument-Tabelle");
    public static final Type DOCX = new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word-Dokument");
    public static final Type XLSX = new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel-Tabelle");
    public static final Type PPTX = new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
            "PowerPoint-Präsentation");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Entries looked at in a ZIP container before giving up (a zip bomb never gets unpacked). */
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private FileTypes() {
    }

    /** The type the content has, empty when it is none of the accepted ones. */
    public static Optional<Type> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC, 0) || pdfAfterJunk(content)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC, 0)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC, 0)) {
            return office(content);
        }
        return Optional.empty();
    }

    /** PDF readers accept the header within the first 1024 bytes. */
    private static boolean pdfAfterJunk(byte[] content) {
        int limit = Math.min(content.length - PDF_MAGIC.length, 1024);
        for (int i = 1; i <= limit; i++) {
            if (startsWith(content, PDF_MAGIC, i)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Type> office(byte[] content) {
        // OpenDocument: the first entry is the uncompressed "mimetype" naming the type
        String head = new String(content, 0, Math.min(content.length, 120), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
            return Optional.of(ODT);
        }
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
            return Optional.of(ODS);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (name.equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
                if (name.equals("ppt/presentation.xml")) {
                    return Optional.of(PPTX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic, int offset) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}
