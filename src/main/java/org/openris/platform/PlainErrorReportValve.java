package org.openris.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors that Tomcat answers itself, before the application sees the request (e.g. an encoded NUL
 * in the path): a short German page, or an OParl Error object under {@code /oparl/}, instead of
 * Tomcat's English report. Never a stack trace or server version.
 */
public class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getDecodedRequestURI() != null ? request.getDecodedRequestURI() : request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/oparl/");
        try {
            response.setCharacterEncoding("UTF-8");
            response.setContentType(api ? "application/json" : "text/html");
            if (api) {
                response.setHeader("Access-Control-Allow-Origin", "*");
            }
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            String message = status == 404 ? "Die angeforderte Seite wurde nicht gefunden."
                    : status < 500 ? "Die Anfrage ist ungültig." : "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.";
            writer.write(api
                    ? "{\"type\":\"https://schema.oparl.org/1.1/Error\",\"message\":\"" + message + "\"}"
                    : "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Fehler</title></head><body><h1>Fehler</h1><p>"
                    + message + "</p><p><a href=\"/\">Zur Startseite</a></p></body></html>");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already committed: nothing more to say
        }
    }
}
