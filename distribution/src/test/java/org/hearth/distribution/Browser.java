package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium through Debian's chromedriver; never a downloaded browser. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;

    Browser() {
        this(Path.of("/usr/bin/chromium"), Map.of());
    }

    /** Through {@code binary}, a wrapper that starts Debian's chromium its own way, with {@code environment} added. */
    Browser(Path binary, Map<String, String> environment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .withEnvironment(environment).usingAnyFreePort().build();
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            throw new IllegalStateException("Debian's chromium is missing: apt-get install -y chromium chromium-driver");
        }
        driver = new ChromeDriver(service, options) {
            /**
             * Chromium now and then never reports a page as loaded (seen with two test classes side by side): without a
             * limit chromedriver waits 300 s and the test's connection gives up after 180 s. Such a load is tried again.
             */
            @Override
            public void get(String url) {
                try {
                    super.get(url);
                } catch (org.openqa.selenium.TimeoutException stuck) {
                    System.err.println("Page load of " + url + " never finished; loading it again: " + stuck.getRawMessage());
                    super.get(url);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Waits up to {@code seconds} for a visible element. */
    WebElement await(By by, int seconds) {
        // a look taken while the page is being replaced is "aborted by navigation": look again
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** A new visitor at the kiosk: no cookie of the last session, {@code path} opened afresh. */
    void freshSession(Kiosk kiosk, String path) {
        driver.manage().deleteAllCookies();
        driver.get(kiosk.url(path));
    }

    void awaitAttribute(By by, String attribute, String value, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    void awaitGone(By by, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /**
     * Taps an element as a person would: scrolled to the middle of the screen first, clear of the step's action bar.
     * When the screen was redrawn between finding and tapping (a language change, a step's answer), it waits for
     * the server and finds the element again.
     */
    void tap(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = driver.findElement(by);
                driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
                awaitServer(10);
            }
        }
    }

    /**
     * The staff member signs out with the bar's button and the kiosk reloads the welcome screen. Waits for that new
     * page: navigating elsewhere while the kiosk's own reload is under way can leave chromedriver without an answer.
     */
    void staffSignOut() {
        tapAndAwaitReload(By.cssSelector("vaadin-button.kiosk-staff"));
        await(By.id("tile-signin"), 15);
    }

    /** Taps what makes the kiosk load the page afresh (a sign-out, a visitor's Home) and waits for the new page. */
    void tapAndAwaitReload(By by) {
        driver.executeScript("window.__hearthBefore = true;");
        tap(by);
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.__hearthBefore === undefined && document.readyState === 'complete';")));
    }

    /** Waits until the page has no request to the server in flight: what was typed or tapped has been handled. */
    void awaitServer(int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !!c && Object.values(c).every(x => !x.isActive || !x.isActive());")));
    }

    /** The page's viewport exactly {@code width}×{@code height} CSS pixels, as on a touchscreen. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The checks every kiosk screen must pass, as a person would meet it: {@code <html lang>} is the chosen
     * language, a Home control, the step's main action ({@code primary}, an id) in view without scrolling, no
     * clipped label, no target under 48 px, and axe-core (WCAG 2.1 AA) without serious or critical findings.
     */
    void checkScreen(String where, String language, String primary) {
        awaitServer(10);
        pause(400);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(where).isEqualTo(language);
        assertThat(driver.findElements(By.id("kiosk-home"))).as(where + ": a way home").isNotEmpty();
        assertThat(script("return hearthCheck.inView(arguments[0])", primary))
                .as(where + ": " + primary + " in view without scrolling").isEqualTo(true);
        assertThat(script("return hearthCheck.clipped()")).as(where + ": clipped labels").isEqualTo(List.of());
        assertThat(script("return hearthCheck.small()")).as(where + ": targets under 48 px").isEqualTo(List.of());
        assertThat(script("return performance.getEntriesByType('resource').filter(e => e.responseStatus >= 400)"
                + ".map(e => e.responseStatus + ' ' + e.name)")).as(where + ": every file the page asked for came").isEqualTo(List.of());
        // legacy mode: the pages have no frames, and the frame-by-frame mode waits at most 1 s for the renderer
        List<Rule> serious = new AxeBuilder().setLegacyMode(true).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(where + ": axe-core").extracting(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).isEmpty();
    }

    /**
     * Looks at the screen at 1280×800 and 800×1280 with {@link #checkScreen}, {@code primary} brought into view first
     * when it sits in a list, and no sideways scrolling; back to 1280×800 after.
     */
    void look(String screen, String language, String primary) {
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            viewport(size[0], size[1]);
            driver.executeScript("window.scrollTo(0, 0);"
                    + " document.getElementById(arguments[0]).scrollIntoView({block: 'nearest'})", primary);
            String where = screen + " (" + language + ", " + size[0] + "x" + size[1] + ")";
            checkScreen(where, language, primary);
            assertThat(script("return document.documentElement.scrollWidth <= innerWidth"))
                    .as(where + ": no sideways scroll").isEqualTo(true);
        }
        viewport(1280, 800);
    }

    /** Types into the text field (or text area) with this id, once the screen has settled. */
    void type(String id, String text) {
        By field = By.cssSelector("#" + id + " input, #" + id + " textarea");
        await(field, 10);
        awaitServer(10);
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a Vaadin date or time picker's value (ISO text) as a pick from its overlay would. */
    void setValue(String id, String iso) {
        driver.executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, iso);
        awaitServer(10);
    }

    /** A fresh session signed in on the staff side; {@code first}: the first coordinator's set-up (PIN twice). */
    void staffSignIn(Kiosk kiosk, String who, String pin, boolean first) {
        freshSession(kiosk, "/?lang=en");
        await(By.cssSelector("vaadin-button.kiosk-staff"), 30).click();
        type("staff-who", who);
        type("staff-pin", pin);
        if (first) {
            type("staff-pin-again", pin);
        }
        tap(By.id("staff-submit"));
    }

    /** Runs {@code js} in the page with {@code hearthCheck} defined: what a person would see, measured. */
    Object script(String js, Object... args) {
        return driver.executeScript(CHECKS + js, args);
    }

    private static final String CHECKS = """
            const hearthCheck = {
              visible(e) { const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; },
              inView(id) { const e = document.getElementById(id); if (!e) return false;
                const r = e.getBoundingClientRect();
                return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; },
              clipped() { const out = [];
                document.querySelectorAll('vaadin-button').forEach(b => {
                  const l = b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
                  if (hearthCheck.visible(b) && l && (l.scrollWidth > l.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1))
                    out.push((b.id || b.textContent.trim()).slice(0, 40)); });
                return out; },
              small() { const out = [];
                document.querySelectorAll('vaadin-button, button, vaadin-text-field, vaadin-password-field, a[href]')
                  .forEach(e => { const r = e.getBoundingClientRect();
                    if (hearthCheck.visible(e) && (r.width < 47.5 || r.height < 47.5))
                      out.push((e.id || e.textContent.trim()).slice(0, 30) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); });
                return out; }
            };
            """;

    @Override
    public void close() {
        driver.quit();
    }
}
