package io.kubemate.bot.web;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * deploy/local/test.sh): ask, read the evidence, click Confirm on a proposal, see the change. Screenshots go
 * to target/e2e/.
 */
class ConsoleE2EIT {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String BROWSER = "/usr/bin/chromium";

    private static final Path DOWNLOADS = Path.of("target/e2e/downloads").toAbsolutePath();

    private static WebDriver browser() throws Exception {
        if (!DRIVER.canExecute() && "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
            fail("chromedriver is missing although the test script installs chromium-driver");
        }
        assumeTrue(DRIVER.canExecute(), "no /usr/bin/chromedriver: run deploy/local/test.sh, which installs it");
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                        "--lang=zh-CN")
                .setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void a_chinese_session_diagnoses_proposes_confirms_guides_and_exports() throws Exception {
        WebDriver browser = browser();
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.identity.dev-user", "web:dev"))) {
            browser.get(bot.url("/"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("user-box")).getText().contains("web:dev"));

            ask(browser, "payment-api 为什么一直重启？");
            wait.until(d -> botSays(d, "PAYMENT_GATEWAY_TIMEOUT"));
            screenshot(browser, "zh-1-diagnosis.png");

            ask(browser, "把 ledger-api 扩容到 3 个副本");
            WebElement confirm = wait.until(d -> d.findElements(By.cssSelector(".proposal button.confirm")).stream().findFirst().orElse(null));
            assertTrue(browser.findElement(By.cssSelector(".proposal")).getText().contains("replicas 2 → 3"));
            assertTrue(browser.findElements(By.cssSelector(".msg.bot")).getLast().getText().contains("变更"),
                    "the proposal is worded in Chinese: " + browser.findElements(By.cssSelector(".msg.bot")).getLast().getText());
            screenshot(browser, "zh-2-proposal.png");
            confirm.click();
            wait.until(d -> botSays(d, "已执行"));
            screenshot(browser, "zh-3-executed.png");

            ask(browser, "带我走一遍 payment-api 的 crashloop 处理手册");
            wait.until(d -> botSays(d, "第 1/11 步"));
            ask(browser, "跳过");
            wait.until(d -> botSays(d, "第 2/11 步"));
            ask(browser, "终止");
            wait.until(d -> botSays(d, "事件记录"));
            screenshot(browser, "zh-4-guided-run.png");

            browser.findElement(By.id("export-md")).click();
            Path exported = wait.until(d -> {
                try (var files = Files.list(DOWNLOADS)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(".md")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            String record = Files.readString(exported);
            assertTrue(record.startsWith("# 事件记录") && record.contains("**已跳过**"), record);
            screenshot(browser, "zh-5-exported.png");
        } finally {
            browser.quit();
        }
    }

    private static boolean botSays(WebDriver browser, String text) {
        return browser.findElements(By.cssSelector(".msg.bot")).stream().anyMatch(m -> m.getText().contains(text));
    }

    @Test
    void a_person_asks_confirms_a_proposal_and_sees_it_executed() throws Exception {
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.identity.dev-user", "web:dev"))) {
            WebDriver browser = browser();
            try {
                browser.get(bot.url("/"));
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(d -> d.findElement(By.id("user-box")).getText().contains("web:dev"));

                ask(browser, "why is payment-api restarting?");
                wait.until(d -> d.findElements(By.cssSelector(".msg.bot")).stream().anyMatch(m -> m.getText().contains("PAYMENT_GATEWAY_TIMEOUT")));
                assertTrue(browser.findElements(By.cssSelector("details.evidence")).size() > 0, "the evidence is shown");
                screenshot(browser, "1-diagnosis.png");

                ask(browser, "scale ledger-api to 3");
                WebElement confirm = wait.until(d -> d.findElements(By.cssSelector(".proposal button.confirm")).stream().findFirst().orElse(null));
                assertTrue(browser.findElement(By.cssSelector(".proposal")).getText().contains("replicas 2 → 3"));
                screenshot(browser, "2-proposal.png");
                confirm.click();
                wait.until(d -> d.findElements(By.cssSelector(".msg.bot")).stream().anyMatch(m -> m.getText().startsWith("executed")));
                screenshot(browser, "3-executed.png");

                // a range metric's reply carries a chart: the console draws it with the bundled uPlot
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("showReply({reply: 'p99 latency', chart: {title: 'p99',"
                        + " unit: 'seconds', lines: [{label: 'pod=a', points: [{t: 1764000000, v: 0.2}, {t: 1764000060, v: 0.4}]},"
                        + " {label: 'pod=b', points: [{t: 1764000000, v: 0.1}, {t: 1764000060, v: 0.3}]}]}})");
                wait.until(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());
                screenshot(browser, "4-chart.png");
            } finally {
                browser.quit();
            }
            Integer replicas = bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                    c -> c.apps().deployments().inNamespace("payments").withName("ledger-api").get().getSpec().getReplicas());
            assertEquals(3, replicas);
        }
    }

    private static void ask(WebDriver browser, String text) {
        WebElement input = browser.findElement(By.id("message-input"));
        input.clear();
        input.sendKeys(text);
        browser.findElement(By.id("send-button")).click();
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/e2e"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
