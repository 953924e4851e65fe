package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The coordinator's console in the real distribution and headless Chromium: three visitors are counted
 * anonymously at the sign-in screen; Dana opens the dashboard and sees them, with the year's chart as an SVG image;
 * she opens the funder report for this month and downloads the CSV, which reads back with the small count
 * suppressed and the redisclosure notice. Every screen is looked at in landscape and portrait, English and Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("console").start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    @Order(1)
    void theCoordinatorIsSetUpAndThreeVisitorsAreCounted() {
        browser.staffSignIn(kiosk, "Dana", "2468", true);
        browser.await(By.id("tile-dashboard"), 10);
        for (int i = 0; i < 3; i++) {
            browser.freshSession(kiosk, "/m/signin");
            browser.await(By.id("purpose-group"), 30).click();
            browser.driver.findElement(By.id("signin-count")).click();
            browser.await(By.id("signin-confirmation"), 10);
        }
    }

    @Test
    @Order(2)
    void theDashboardShowsTheVisitsAndTheirChartInBothLanguages() {
        browser.staffSignIn(kiosk, "Dana", "2468", false);
        browser.await(By.id("tile-dashboard"), 10).click();
        browser.await(By.xpath("//*[@id='glance-signin'][contains(., 'Visits')]"), 10);
        assertThat(browser.driver.findElement(By.id("glance-signin")).getText()).contains("Today", "3");
        assertThat(browser.driver.findElements(By.cssSelector("#dashboard-trend svg[role='img'][aria-label^='Visits']")))
                .hasSize(1);
        assertThat(browser.driver.findElement(By.id("dashboard-trend-numbers")).getText()).contains("3");
        look("dashboard", "en", "dashboard-measure");
        browser.tap(By.id("dashboard-measure"));
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Anonymous visits')]"), 10).click();
        browser.await(By.cssSelector("#dashboard-trend svg[aria-label^='Anonymous visits']"), 10);
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//*[@id='glance-signin'][contains(., 'Hoy')]"), 10);
        assertThat(browser.driver.findElements(By.cssSelector("#dashboard-trend svg[role='img']"))).hasSize(1);
        look("dashboard", "es", "dashboard-measure");
    }

    @Test
    @Order(3)
    void theFunderReportsCsvReadsBackWithTheSmallCountSuppressed() throws Exception {
        browser.staffSignIn(kiosk, "Dana", "2468", false);
        browser.await(By.id("tile-funder-report"), 10).click();
        browser.await(By.id("report-notice"), 10);
        look("funder report", "en", "report-show");
        LocalDate today = LocalDate.now();
        browser.setValue("report-from", today.withDayOfMonth(1).toString());
        browser.setValue("report-to", today.toString());
        browser.tap(By.id("report-show"));
        browser.awaitServer(10);
        // last month's table was there before; this month's is the one with the three visits, suppressed
        browser.await(By.xpath("//*[@id='report-table'][contains(., 'Visits')][contains(., '<11')]"), 10);
        look("funder report, this month", "en", "report-csv");
        String csv = download(browser.driver.findElement(By.id("report-csv")).getDomProperty("href"));
        assertThat(csv).contains("# These figures come from confidential records", "may not be redisclosed");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setCommentMarker('#')
                .setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(number(rows, "Visits")).isEqualTo("<11");
            assertThat(number(rows, "Anonymous visits")).isEqualTo("<11");
            assertThat(number(rows, "Group sessions held")).isEqualTo("0");
            assertThat(number(rows, "Stipends paid")).isEqualTo("0.00");
        }
        String pdf = download(browser.driver.findElement(By.id("report-pdf")).getDomProperty("href"));
        assertThat(pdf).startsWith("%PDF-");
        String page = download(browser.driver.findElement(By.id("report-print")).getDomProperty("href"));
        assertThat(page).contains("<html lang=\"en\">", "may not be redisclosed", "window.print()");
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//*[@id='report-notice'][starts-with(normalize-space(), 'Estas cifras')]"), 10);
        look("funder report", "es", "report-show");
    }

    /** {@link Browser#look}, and every count table fits its box with no sideways scrolling. */
    private static void look(String screen, String language, String primary) {
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            browser.viewport(size[0], size[1]);
            assertThat(browser.script("return [...document.querySelectorAll('.count-table')]"
                    + ".filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.id + ' ' + t.scrollWidth)"))
                    .as(screen + " " + size[0] + "x" + size[1] + ": count tables fit their box").isEqualTo(List.of());
        }
        browser.look(screen, language, primary);
    }

    /** The file behind a download link, fetched with the browser's session, as the browser would. */
    private static String download(String href) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    private static String number(List<CSVRecord> rows, String measure) {
        return rows.stream().filter(r -> r.get("Measure").equals(measure) && r.get("Kind of support")
                .equals("All kinds of support")).findFirst().orElseThrow(() -> new AssertionError("no row " + measure))
                .get("Number");
    }
}
