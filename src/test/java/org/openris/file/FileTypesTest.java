package org.openris.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;

class FileTypesTest {

    @Test
    void a_pdf_is_recognised_by_its_header_and_opened_by_pdfbox() {
        byte[] pdf = Fixtures.onePagePdf("Hallo");
        assertThat(FileTypes.detect(pdf)).contains(FileTypes.PDF);
        assertThat(FileIntake.check(pdf, 1_000_000).accepted()).isTrue();
    }

    @Test
    void a_truncated_pdf_is_refused_as_damaged() {
        byte[] pdf = Fixtures.onePagePdf("Hallo");
        byte[] broken = java.util.Arrays.copyOf(pdf, 40);
        assertThat(FileTypes.detect(broken)).contains(FileTypes.PDF);
        assertThat(FileIntake.check(broken, 1_000_000).rejection().messageKey()).isEqualTo("file.upload.damagedPdf");
    }

    @Test
    void images_are_recognised_by_their_magic_bytes() {
        assertThat(FileTypes.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})).contains(FileTypes.PNG);
        assertThat(FileTypes.detect(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0})).contains(FileTypes.JPEG);
    }

    @Test
    void office_containers_are_told_apart_by_their_entries() throws IOException {
        assertThat(FileTypes.detect(odt())).contains(FileTypes.ODT);
        assertThat(FileTypes.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileTypes.DOCX);
        assertThat(FileTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileTypes.XLSX);
        assertThat(FileTypes.detect(zip("[Content_Types].xml", "ppt/presentation.xml"))).as("a presentation shown in a meeting").contains(FileTypes.PPTX);
        assertThat(FileTypes.detect(zip("readme.txt"))).as("a plain zip").isEmpty();
    }

    @Test
    void the_file_name_does_not_matter_only_the_content() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.detect(script)).isEmpty();
        assertThat(FileIntake.check(script, 1_000).rejection().messageKey()).isEqualTo("file.upload.unknownType");
        assertThat(FileTypes.detect("<html><body>%PDF-</body></html>".getBytes(StandardCharsets.UTF_8)))
                .as("a PDF header inside the first kilobyte counts, as in PDF readers").contains(FileTypes.PDF);
    }

    @Test
    void empty_and_too_big_files_are_refused_before_looking_at_the_type() {
        assertThat(FileIntake.check(new byte[0], 10).rejection().messageKey()).isEqualTo("file.upload.empty");
        assertThat(FileIntake.check(new byte[11], 10).rejection().messageKey()).isEqualTo("file.upload.tooBig");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
