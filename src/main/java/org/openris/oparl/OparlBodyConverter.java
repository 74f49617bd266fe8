package org.openris.oparl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OparlBody} piece by piece with its exact {@code Content-Length}; Spring MVC picks
 * up converter beans. Write-only: the API accepts no bodies.
 */
@Component
class OparlBodyConverter extends AbstractHttpMessageConverter<OparlBody> {

    /** Pieces are small; collecting them into 64 KB writes keeps the number of socket writes low. */
    private static final int WRITE_BUFFER = 64 * 1024;

    OparlBodyConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, MediaType.ALL);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return OparlBody.class == type;
    }

    @Override
    protected Long getContentLength(OparlBody body, MediaType contentType) {
        return body.length();
    }

    @Override
    protected void writeInternal(OparlBody body, HttpOutputMessage output) throws IOException {
        OutputStream out = new BufferedOutputStream(output.getBody(), WRITE_BUFFER);
        for (byte[] part : body.parts()) {
            out.write(part);
        }
        out.flush();
    }

    @Override
    protected OparlBody readInternal(Class<? extends OparlBody> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("OParl bodies are not read", input);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return false;
    }
}
