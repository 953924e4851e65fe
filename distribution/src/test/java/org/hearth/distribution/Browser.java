package org.hearth.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            throw new IllegalStateException("Debian's chromium is missing: apt-get install -y chromium chromium-driver");
        }
        driver = new ChromeDriver(service, options);
    }

    /** Waits up to {@code seconds} for a visible element. */
    WebElement await(By by, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds))
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

    @Override
    public void close() {
        driver.quit();
    }
}
