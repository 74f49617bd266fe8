package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reindex command's progress bar: one line per new percentage, ending at 100 %. */
class ReindexProgressTest {

    @Test
    void prints_a_line_per_new_percentage_up_to_100() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReindexCommand.Bar bar = new ReindexCommand.Bar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.update(0, 400);
        bar.update(1, 400);
        bar.update(200, 400);
        bar.update(200, 400);
        bar.update(400, 400);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("[.........................]", "  0%");
        assertThat(lines[1]).contains("[############.............]", " 50%", "200 von 400");
        assertThat(lines[2]).contains("[#########################]", "100%", "400 von 400");
    }

    @Test
    void nothing_to_do_is_complete_at_once() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReindexCommand.Bar(new PrintStream(bytes, true, StandardCharsets.UTF_8)).update(0, 0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("0%");
    }
}
