package org.newsdesk.it;

import org.htmlunit.BrowserVersion;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * A browser for the screen tests: headless Debian Chromium where {@code chromium} and {@code chromedriver} are
 * installed (the README's test command installs them), Selenium's HtmlUnit driver otherwise. Same test code.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this.driver = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute() ? chromium() : htmlUnit();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static WebDriver chromium() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=en",
                    "--user-data-dir=" + Files.createTempDirectory("newsdesk-chromium"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
            return new ChromeDriver(service, options);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebDriver htmlUnit() {
        return new HtmlUnitDriver(BrowserVersion.CHROME, true);
    }

    /**
     * What the browser refused under the Content-Security-Policy since the last call (Chromium's console; empty
     * with HtmlUnit, which does not enforce policies).
     */
    public List<String> policyViolations() {
        if (isHtmlUnit()) {
            return List.of();
        }
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    public boolean isHtmlUnit() {
        return driver instanceof HtmlUnitDriver;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(NewsdeskDeployment.BASE.resolve(path).toString());
        settle();
    }

    /** HtmlUnit runs PrimeFaces' jQuery-ready callbacks after get() returns; wait for them. */
    public void settle() {
        if (driver instanceof HtmlUnitDriver htmlUnit) {
            htmlUnit.getWebClient().waitForBackgroundJavaScriptStartingBefore(2000);
        }
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Types into a field once it can take input; an ajax update replacing it meanwhile is waited out. */
    public void type(By by, String text) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    WebElement field = d.findElement(by);
                    field.clear();
                    field.sendKeys(text);
                    return text.equals(field.getAttribute("value")) ? true : null;
                });
    }

    /**
     * Clicks once the element is there and enabled. An ajax update may replace the element between finding and
     * clicking it (stale), or an overlay may still cover it; then it is found again and clicked then.
     */
    public void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return null;
                    }
                    element.click();
                    return true;
                });
        settle();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Logs in through the login form and waits for the overview (or stays on the login page when refused). */
    public void login(String user, String password) {
        open("login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")),
                ExpectedConditions.visibilityOfElementLocated(By.id("code:value")),
                ExpectedConditions.textMatches(By.id("login:messages"), java.util.regex.Pattern.compile("\\S"))));
    }

    public void logout() {
        click(By.id("nav:logout"));
        find(By.id("login:username"));
    }

    /** Saves a screenshot under target/screenshots (for a human to look at when a test fails). */
    public void screenshot(String name) {
        if (driver instanceof org.openqa.selenium.TakesScreenshot camera) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
                Files.createDirectories(dir);
                Files.write(dir.resolve(name + ".png"), camera.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException | RuntimeException e) {
                // a missing screenshot must not hide the real failure
            }
        }
    }

    /** Types into a PrimeFaces text editor (Quill): the visible .ql-editor inside the component. */
    public void typeInEditor(String componentId, String text) {
        WebElement editor = find(By.cssSelector("#" + componentId.replace(":", "\\:") + " .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    /**
     * Picks a verdict in the fact-check screen's rating form (its menu starts empty for every claim); the panel may be
     * re-rendered while the menu opens, so the pick is tried again until the menu shows it.
     */
    public void chooseVerdict(String verdict) {
        find(By.id("selectedVerdict")); // the selected claim's panel is there (the menu is its fresh one)
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    if (!d.findElement(By.id("fc:verdict_label")).getText().contains(verdict)) {
                        d.findElement(By.id("fc:verdict")).click();
                        new WebDriverWait(d, Duration.ofSeconds(2)).until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#fc\\:verdict_items li[data-label$='" + verdict + "']"))).click();
                    }
                    return d.findElement(By.id("fc:verdict_label")).getText().contains(verdict);
                });
    }

    public Object script(String javascript, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
