package org.hearth.kiosk.web;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Error pages that say what a person needs (and nothing about the server, its version or its code). */
final class QuietErrors {

    private QuietErrors() {
    }

    /** A plain page in English and Spanish with a way back to the kiosk. */
    static String page(int status) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hearth</title></head>"
                + "<body style=\"font-family:sans-serif;font-size:20px;margin:2em\"><h1>Sorry, there is nothing here ("
                + status + ").</h1><p lang=\"es\">Lo sentimos, aquí no hay nada.</p>"
                + "<p><a href=\"/\">Back to the welcome screen · Volver a la bienvenida</a></p></body></html>";
    }

    static ErrorHandler forServer() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            protected void writeErrorHtml(Request request, Writer writer, java.nio.charset.Charset charset, int code,
                    String message, Throwable cause) throws IOException {
                writer.write(page(code));
            }
        };
        quiet(handler);
        return handler;
    }

    static org.eclipse.jetty.ee11.servlet.ErrorHandler forContext() {
        org.eclipse.jetty.ee11.servlet.ErrorHandler handler = new org.eclipse.jetty.ee11.servlet.ErrorHandler() {
            @Override
            protected void writeErrorHtml(Request request, Writer writer, java.nio.charset.Charset charset, int code,
                    String message, Throwable cause) throws IOException {
                writer.write(page(code));
            }
        };
        quiet(handler);
        return handler;
    }

    private static void quiet(ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowMessageInTitle(false);
        handler.setShowOrigin(false);
    }
}
