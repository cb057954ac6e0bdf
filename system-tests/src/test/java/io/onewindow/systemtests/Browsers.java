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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests with Playwright for Java, driving the system's Chromium (Debian's {@code chromium}
 * at {@value #DEFAULT_CHROMIUM}, or the one {@code ONEWINDOW_CHROMIUM} names): Playwright never
 * downloads a browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, also set in failsafe's
 * environment), so the tests run where its download is out of reach; {@code .ci/run} installs
 * {@code chromium} when it is missing. One Playwright and one headless Chromium per test JVM, a fresh
 * context (cookies, storage) per test, desktop- or phone-sized, in Chinese.
 *
 * <p>Two ways to use it: as an extension ({@code @RegisterExtension final Browsers browsers = new
 * Browsers();} and {@link #openDesktop()}/{@link #openPhone()}), which closes the test's contexts
 * after it and saves every page of a failed test as a screenshot under
 * {@code system-tests/target/screenshots/}; or the static {@link #desktop()}/{@link #phone()} in a
 * try-with-resources block, with {@link #screenshot} where the test wants one.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String CHROMIUM_VARIABLE = "ONEWINDOW_CHROMIUM";

    /**
     * Headless in a container: no sandbox, GPU or QUIC; nothing fetched or synced in the background
     * (a closed network refuses Chromium's background connections, many at a time).
     */
    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A desktop screen at a hall's counter (1366 × 900), in Chinese; closed after the test. */
    BrowserContext openDesktop() {
        return kept(desktop());
    }

    /** A phone held upright (390 × 844, touch, mobile viewport), in Chinese; closed after the test. */
    BrowserContext openPhone() {
        return kept(phone());
    }

    private BrowserContext kept(BrowserContext context) {
        contexts.add(context);
        return context;
    }

    /** A desktop-sized context; the caller closes it. */
    static BrowserContext desktop() {
        BrowserContext context = chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 900)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** A phone-sized context, as a phone camera opening a QR code's address; the caller closes it. */
    static BrowserContext phone() {
        BrowserContext context = chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(3)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai")
                        .setUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/143.0.0.0 Mobile Safari/537.36"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** The one Chromium of this JVM, launched on first use and closed when the JVM ends. */
    static synchronized Browser chromium() {
        if (browser == null) {
            Path executable = Path.of(System.getenv().getOrDefault(CHROMIUM_VARIABLE, DEFAULT_CHROMIUM));
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException("no Chromium at " + executable + ": install Debian's chromium"
                        + " (.ci/run does when it is missing) or name one in " + CHROMIUM_VARIABLE);
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::closeAll, "browsers-close"));
        }
        return browser;
    }

    private static synchronized void closeAll() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Path screenshots() throws IOException {
        Path directory = Path.of(System.getProperty("onewindow.repository.root", ".."))
                .resolve("system-tests/target/screenshots");
        Files.createDirectories(directory);
        return directory;
    }

    /** Saves what the page shows under {@code system-tests/target/screenshots/<name>.png}. */
    static void screenshot(Page page, String name) {
        try {
            Path file = screenshots().resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.out.println("Screenshot of " + page.url() + " at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a page that is gone has nothing to show
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext test) {
        if (test.getExecutionException().isEmpty()) {
            return;
        }
        String name = test.getRequiredTestClass().getSimpleName() + "-"
                + test.getRequiredTestMethod().getName();
        int number = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                screenshot(page, name + "-" + (++number));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext test) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
