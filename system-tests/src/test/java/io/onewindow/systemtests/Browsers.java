package io.onewindow.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The browser of the browser tests: Playwright for Java driving the system's Chromium (Debian's
 * {@code chromium}, {@code /usr/bin/chromium}; {@code ONEWINDOW_CHROMIUM} names another), headless,
 * one per test JVM; each test gets its own context (cookies, storage), desktop- or phone-sized.
 * Playwright never downloads a browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} in the failsafe
 * configuration); {@code .ci/run} installs {@code chromium} when it is missing.
 */
final class Browsers {

    /** Without these Chromium's background connections are refused by a closed network, many at a time. */
    private static final List<String> QUIET = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    private static Browser shared;

    private Browsers() {}

    static synchronized Browser chromium() {
        if (shared == null) {
            Path executable = Path.of(System.getenv().getOrDefault("ONEWINDOW_CHROMIUM", "/usr/bin/chromium"));
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: install Debian's chromium (.ci/run does)");
            }
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            shared = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(QUIET));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        }
        return shared;
    }

    /** A desktop-sized context, Chinese, as a counter's PC. */
    static BrowserContext desktop() {
        return chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 900)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai"));
    }

    /** A phone-sized context (390 × 844, touch), as a phone camera opening a QR code's address. */
    static BrowserContext phone() {
        return chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(3)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai"));
    }

    /** Saves what the page showed under {@code target/screenshots/<name>.png} (for a failing test's reader). */
    static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a page that is gone has nothing to show
        }
    }
}
