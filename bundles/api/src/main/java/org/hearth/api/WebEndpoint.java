package org.hearth.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plain HTTP resource a bundle serves outside the kiosk screens, for example a public calendar feed at
 * {@code /calendar.ics}. Register one as a service; the kiosk routes requests for exactly {@link #path()}
 * to it (GET and HEAD only) and answers 404 again once it is gone.
 *
 * <p>The kiosk's own paths ({@code /}, {@code /staff…}, {@code /m/…}, {@code /health}, {@code /VAADIN/…},
 * {@code /styles/…}) are never a bundle's. A bundle added to {@code deploy/} serves only under a prefix named
 * after it: the last part of its symbolic name, so {@code org.example.noticeboard} answers
 * {@code /noticeboard/…} and nothing else.
 *
 * <p>Anything served here is public to the center's network: never personal data. Called on Jetty's
 * threads, concurrently.
 */
@ConsumerType
public interface WebEndpoint {

    /** The exact path, starting with {@code /}, for example {@code /calendar.ics}. Not {@code /health}. */
    String path();

    /** Writes the response. Exceptions are logged and answered with a plain 500. */
    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
