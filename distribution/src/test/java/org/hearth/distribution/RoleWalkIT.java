package org.hearth.distribution;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.api.Role.COORDINATOR;
import static org.hearth.api.Role.PEER_STAFF;
import static org.hearth.api.Role.SUPERVISOR;
import static org.hearth.api.Role.VISITOR;
import static org.hearth.api.Role.VOLUNTEER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's role-by-role walk: one real kiosk, an account for each staff role and one holding two, and for the
 * visitor and each of them every module route the kiosk reports ({@code /health}) opened in Chromium and every
 * bundle endpoint fetched with that person's session cookie. A module's screen shows exactly for those the table
 * below names, everyone else gets the sign-in or their staff home with nothing of the module on it; the staff home
 * has exactly the tiles of what the person may open; the visitor sees no staff names anywhere; a download a screen
 * offers is refused to every other session; unknown paths are 404 and PUT, DELETE, TRACE, PATCH and OPTIONS 405 for
 * everyone. Screens are opened by loading their address, and a few by a link followed inside the page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleWalkIT {

    /**
     * Who may open each module: the policy written out, not read from the bundles. A module the kiosk offers
     * that is missing here fails {@link #everyModuleAndEndpointTheKioskOffersIsInTheTables}.
     */
    static final Map<String, Set<Role>> MAY_OPEN = Map.ofEntries(
            entry("signin", EnumSet.of(VISITOR)),
            entry("events", EnumSet.of(VISITOR)),
            entry("groups", EnumSet.of(VISITOR)),
            entry("coaching-mine", EnumSet.of(VISITOR)),
            entry("signin-today", EnumSet.of(PEER_STAFF, SUPERVISOR, COORDINATOR)),
            entry("signin-members", EnumSet.of(PEER_STAFF, COORDINATOR)),
            entry("signin-counts", EnumSet.of(SUPERVISOR, COORDINATOR)),
            entry("events-roster", EnumSet.of(VOLUNTEER, PEER_STAFF, SUPERVISOR, COORDINATOR)),
            entry("events-manage", EnumSet.of(COORDINATOR)),
            entry("volunteers", EnumSet.of(VOLUNTEER, PEER_STAFF, COORDINATOR)),
            entry("volunteers-schedule", EnumSet.of(COORDINATOR)),
            entry("volunteers-hours", EnumSet.of(COORDINATOR)),
            entry("groups-facilitate", EnumSet.of(VOLUNTEER, PEER_STAFF, COORDINATOR)),
            entry("groups-manage", EnumSet.of(COORDINATOR)),
            entry("supervision", EnumSet.of(SUPERVISOR, COORDINATOR)),
            entry("my-supervision", EnumSet.of(VOLUNTEER, PEER_STAFF, COORDINATOR)),
            entry("coaching", EnumSet.of(PEER_STAFF, SUPERVISOR, COORDINATOR)),
            entry("coaching-resources", EnumSet.of(PEER_STAFF, COORDINATOR)),
            entry("coaching-calls", EnumSet.of(VOLUNTEER, COORDINATOR)),
            entry("dashboard", EnumSet.of(COORDINATOR)),
            entry("funder-report", EnumSet.of(COORDINATOR)),
            entry("accounts", EnumSet.of(COORDINATOR)),
            entry("audit", EnumSet.of(COORDINATOR)),
            entry("kiosk-health", EnumSet.of(COORDINATOR)),
            entry("settings", EnumSet.of(COORDINATOR)));

    /** A bundle endpoint and what every caller gets, whatever their session: all are public or need a key. */
    record Endpoint(String path, int status, String body) {
    }

    /** The endpoints by the bundle that offers them; a bundle offering one that is missing here fails the test. */
    static final Map<String, List<Endpoint>> ENDPOINTS = Map.of(
            "org.hearth.events", List.of(new Endpoint("/calendar.ics", 200, "BEGIN:VCALENDAR"),
                    new Endpoint("/calendar/month", 200, "<table")),
            // a volunteer's own feed answers only its secret key, never a session, however senior
            "org.hearth.volunteers", List.of(new Endpoint("/volunteers/calendar.ics", 404, ""),
                    new Endpoint("/volunteers/calendar.ics?key=not-a-key", 404, "")));

    static final List<String> UNKNOWN = List.of("/no/such/page", "/m", "/m/", "/staff/other", "/health/more",
            "/admin", "/WEB-INF/web.xml", "/VAADIN", "/calendar.ics/x", "/volunteers/");
    static final List<String> ROUTES = List.of("/", "/staff", "/staff/home", "/health");

    /** A person at the kiosk: the visitor has no name. */
    record Person(String name, String pin, Set<Role> roles) {
        boolean mayOpen(String module) {
            return MAY_OPEN.getOrDefault(module, Set.of()).stream().anyMatch(roles::contains);
        }

        @Override
        public String toString() {
            return name == null ? "visitor" : name + " " + roles;
        }
    }

    static final Person VISITING = new Person(null, null, EnumSet.of(VISITOR));
    static final Person COORDINATING = new Person("Dana", "2468", EnumSet.of(COORDINATOR));
    static final List<Person> STAFF = List.of(new Person("Vic", "1357", EnumSet.of(VOLUNTEER)),
            new Person("Pat", "9753", EnumSet.of(PEER_STAFF)), new Person("Sam", "8642", EnumSet.of(SUPERVISOR)),
            new Person("Robin", "5791", EnumSet.of(VOLUNTEER, PEER_STAFF)));
    static final List<String> STAFF_NAMES = List.of("Dana", "Vic", "Pat", "Sam", "Robin");

    static final Pattern VAADIN_ID = Pattern.compile(".*vaadin-[a-z-]+-\\d+");

    static Kiosk kiosk;
    static Browser browser;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** What each module's own screen showed: the ids of its parts, to look for on every refusal. */
    static final Map<String, Set<String>> SHOWN_IDS = new ConcurrentHashMap<>();
    /** The ids on each refusal's screen, by module, with who was refused. */
    static final Map<String, Map<String, List<String>>> REFUSED_IDS = new ConcurrentHashMap<>();

    /** Each person's session cookie, and the downloads (Vaadin's session-bound links) their screens offered. */
    static final Map<String, String> COOKIES = new ConcurrentHashMap<>();
    static final Map<String, String> DOWNLOADS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("rolewalk").start();
        browser = new Browser();
        browser.staffSignIn(kiosk, COORDINATING.name(), COORDINATING.pin(), true);
        browser.await(By.id("tile-accounts"), 15).click();
        STAFF.forEach(RoleWalkIT::createAccount);
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

    static Stream<Person> people() {
        return Stream.concat(Stream.of(VISITING, COORDINATING), STAFF.stream());
    }

    @Test
    @Order(1)
    void everyModuleAndEndpointTheKioskOffersIsInTheTables() {
        assertThat(offeredModules()).as("modules the kiosk offers; add each new one to MAY_OPEN")
                .containsExactlyInAnyOrderElementsOf(MAY_OPEN.keySet());
        browser.staffSignIn(kiosk, COORDINATING.name(), COORDINATING.pin(), false);
        browser.await(By.id("tile-kiosk-health"), 15).click();
        browser.await(By.cssSelector(".module-card"), 15);
        browser.awaitServer(10);
        @SuppressWarnings("unchecked")
        List<String> offering = (List<String>) browser.driver.executeScript("return [...document.querySelectorAll("
                + "'.module-card')].filter(c => c.textContent.includes('a web address')).map(c => c.id.substring(7))");
        assertThat(offering).as("bundles offering a web address; add their endpoints to ENDPOINTS")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    @Order(2)
    void eachPersonSeesExactlyWhatTheirRolesMayOpen(Person person) {
        if (person.name() == null) {
            browser.freshSession(kiosk, "/?lang=en");
            assertThat(tilesOn("/")).as("the welcome screen's tiles")
                    .containsExactlyInAnyOrderElementsOf(openableBy(person));
        } else {
            browser.staffSignIn(kiosk, person.name(), person.pin(), false);
            browser.await(By.cssSelector(".staff-home"), 15);
        }
        assertThat(tilesOn("/staff/home")).as(person + ": tiles on the staff home")
                .containsExactlyInAnyOrderElementsOf(person.name() == null ? List.of() : openableBy(person));
        for (String module : offeredModules()) {
            walk(person, module);
        }
        COOKIES.put(person.toString(), cookies());
        httpWalk(person, COOKIES.get(person.toString()));
    }

    @Test
    @Order(3)
    void noRefusalShowsAnyPartOfTheModule() {
        assertThat(SHOWN_IDS.keySet()).as("modules whose screen someone saw").containsAll(MAY_OPEN.keySet());
        REFUSED_IDS.forEach((module, byPerson) -> byPerson.forEach((person, ids) ->
                assertThat(ids).as(person + " refused " + module).doesNotContainAnyElementsOf(SHOWN_IDS.get(module))));
    }

    /** A link followed inside the page reuses the open module's view on the server: it must be checked again. */
    @Test
    @Order(4)
    void aLinkFollowedFromAnOpenModuleIsCheckedAsWell() {
        Person volunteer = STAFF.get(0);
        browser.staffSignIn(kiosk, volunteer.name(), volunteer.pin(), false);
        browser.await(By.cssSelector(".staff-home"), 15);
        for (String refused : List.of("accounts", "supervision", "signin")) {
            assertThat(open("/m/volunteers").get("host")).isEqualTo(true);
            Map<String, Object> screen = follow("/m/" + refused);
            assertThat(screen.get("host")).as(volunteer + " following a link to " + refused).isEqualTo(false);
            assertThat(screen.get("home")).as(volunteer + " following a link to " + refused).isEqualTo(true);
        }
    }

    @Test
    @Order(5)
    void aDownloadIsNobodyElsesNorTheVisitors() {
        assertThat(DOWNLOADS).as("downloads offered on opening a screen (the funder report's, at least)").isNotEmpty();
        DOWNLOADS.forEach((href, owner) -> Stream.concat(Stream.of(""), COOKIES.entrySet().stream()
                .filter(c -> !c.getKey().equals(owner)).map(Map.Entry::getValue)).forEach(cookie ->
                assertThat(send("GET", pathOf(href), cookie).statusCode()).as(owner + "'s " + href + " fetched by another session").isNotEqualTo(200)));
    }

    /** The ids a component gives its own parts ({@code label-vaadin-text-field-3}) count up on every screen. */
    private static List<String> ownIds(List<String> ids) {
        return ids.stream().filter(id -> !VAADIN_ID.matcher(id).matches()).toList();
    }

    @SuppressWarnings("unchecked")
    private static void walk(Person person, String module) {
        Map<String, Object> screen = open("/m/" + module);
        String where = person + " at /m/" + module;
        assertThat(screen.get("error")).as(where + ": a calm error panel").isEqualTo(false);
        if (person.mayOpen(module)) {
            assertThat(screen.get("host")).as(where + ": the module's screen").isEqualTo(true);
            assertThat(screen.get("path")).as(where).isEqualTo("/m/" + module);
            List<String> ids = (List<String>) screen.get("hostIds");
            assertThat(ownIds(ids)).as(where + ": the parts of its screen").isNotEmpty();
            SHOWN_IDS.computeIfAbsent(module, m -> ConcurrentHashMap.newKeySet()).addAll(ownIds(ids));
            ((List<String>) screen.get("downloads")).forEach(href -> DOWNLOADS.put(href, person.toString()));
        } else {
            assertThat(screen.get("host")).as(where + ": no module screen at all").isEqualTo(false);
            assertThat(screen.get(person.name() == null ? "login" : "home"))
                    .as(where + ": " + (person.name() == null ? "the staff sign-in" : "their staff home")).isEqualTo(true);
            List<String> ids = (List<String>) screen.get("allIds");
            assertThat(ids).as(where + ": ids of the module's parts").noneMatch(id -> id.startsWith(module + "-"));
            REFUSED_IDS.computeIfAbsent(module, m -> new ConcurrentHashMap<>()).put(person.toString(), ownIds(ids));
        }
        if (person.name() == null) {
            assertThat((String) screen.get("text")).as(where + ": staff names").doesNotContain(STAFF_NAMES);
        }
    }

    /** Every endpoint, unknown path and refused method, over plain HTTP with the person's session cookie. */
    private static void httpWalk(Person person, String cookie) {
        ENDPOINTS.values().stream().flatMap(List::stream).forEach(endpoint -> {
            HttpResponse<String> response = send("GET", endpoint.path(), cookie);
            assertThat(response.statusCode()).as(person + " GET " + endpoint.path()).isEqualTo(endpoint.status());
            assertThat(response.body()).as(person + " GET " + endpoint.path()).contains(endpoint.body())
                    .doesNotContain(STAFF_NAMES);
        });
        HttpResponse<String> health = send("GET", "/health", cookie);
        assertThat(health.statusCode()).as(person + " GET /health").isEqualTo(200);
        assertThat(health.body()).as(person + " GET /health").doesNotContain(STAFF_NAMES);
        for (String path : UNKNOWN) {
            HttpResponse<String> response = send("GET", path, cookie);
            assertThat(response.statusCode()).as(person + " GET " + path).isEqualTo(404);
            assertThat(response.body()).as(person + " GET " + path).doesNotContain("Vaadin", "<script");
        }
        List<String> paths = new ArrayList<>(ROUTES);
        MAY_OPEN.keySet().forEach(module -> paths.add("/m/" + module));
        ENDPOINTS.values().forEach(list -> list.forEach(e -> paths.add(e.path())));
        for (String method : List.of("PUT", "DELETE", "TRACE", "PATCH", "OPTIONS")) {
            for (String path : paths) {
                assertThat(send(method, path, cookie).statusCode()).as(person + " " + method + " " + path).isEqualTo(405);
            }
        }
    }

    /** Opens a path afresh in the person's session and reads what the screen shows once the server is done. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> open(String path) {
        browser.driver.get(kiosk.url(path));
        // Browser.await polls every 500 ms; at some 170 screens a walk, a finer poll saves a minute
        new WebDriverWait(browser.driver, Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
                browser.driver.executeScript("const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !!document.querySelector('.module-host, .staff-login, .staff-home, .welcome')"
                        + " && !!c && Object.values(c).every(x => !x.isActive || !x.isActive());")));
        return (Map<String, Object>) browser.driver.executeScript(SCREEN);
    }

    /** What a screen shows, read in the page. */
    private static final String SCREEN = """
                const host = document.querySelector('.module-host');
                const ids = root => [...root.querySelectorAll('[id]')].map(e => e.id);
                return {host: !!host, hostIds: host ? ids(host) : [], allIds: ids(document),
                  login: !!document.querySelector('.staff-login'), home: !!document.querySelector('.staff-home'),
                  error: !!document.querySelector('.calm-error'), path: location.pathname,
                  text: document.body.innerText,
                  downloads: [...document.querySelectorAll('a[href*="VAADIN/dynamic/"]')].map(a => a.href)};
                """;

    /** Follows a link inside the page, as Vaadin's router does without loading the page again. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> follow(String path) {
        browser.driver.executeScript("window.walkSamePage = true; const a = document.createElement('a');"
                + " a.href = arguments[0]; document.body.appendChild(a); a.click(); a.remove();", path);
        browser.pause(200);
        browser.awaitServer(10);
        assertThat(browser.driver.executeScript("return window.walkSamePage === true")).as("no page load").isEqualTo(true);
        return (Map<String, Object>) browser.driver.executeScript(SCREEN);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tilesOn(String path) {
        open(path);
        return new TreeSet<>((List<String>) browser.driver.executeScript(
                "return [...document.querySelectorAll('[data-module]')].map(t => t.getAttribute('data-module'))"));
    }

    private static String pathOf(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Set<String> openableBy(Person person) {
        return MAY_OPEN.keySet().stream().filter(person::mayOpen).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> offeredModules() {
        List<String> ids = new ArrayList<>();
        kiosk.health().path("modules").forEach(m -> ids.add(m.path("id").asString()));
        return ids;
    }

    private static String cookies() {
        return browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> send(String method, String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kiosk.url(path))).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The coordinator adds an account on the accounts screen: a new one starts as a volunteer. */
    private static void createAccount(Person person) {
        browser.type("accounts-name", person.name());
        browser.type("accounts-pin", person.pin());
        for (Role role : EnumSet.of(VOLUNTEER, PEER_STAFF, SUPERVISOR)) {
            if (person.roles().contains(role) != (role == VOLUNTEER)) {
                toggle(LABELS.get(role));
            }
        }
        browser.tap(By.id("accounts-save"));
        browser.awaitServer(10);
        assertThat(browser.driver.findElement(By.id("accounts-message")).getText()).as(person.name()).isEqualTo("Saved. They can sign in now.");
    }

    private static final Map<Role, String> LABELS = new LinkedHashMap<>(Map.of(VOLUNTEER, "Volunteer",
            PEER_STAFF, "Peer staff", SUPERVISOR, "Supervisor"));

    private static void toggle(String label) {
        browser.tap(By.xpath("//*[@id='accounts-roles']//vaadin-checkbox[.//label[normalize-space()='" + label
                + "']]//input"));
        browser.awaitServer(10);
    }
}
