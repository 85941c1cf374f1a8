package io.kubemate.bot.web;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported HTML inspection report opened from disk in the real headless Chromium the console test uses: its
 * summary, lifecycle table, each finding's evidence and fix, the embedded chart decoded by the browser, and printing
 * to PDF. The screenshot is kept as evidence in evals/screenshots/inspection-report.png. Skipped without Chromium.
 */
class InspectionReportBrowserIT {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String BROWSER = "/usr/bin/chromium";
    private static final Path OUT = Path.of("target/e2e").toAbsolutePath();
    private static final Path SCENARIO = Path.of("../evals/scenarios/etcd-near-quota-en");
    private static final Path EVIDENCE = Path.of("../evals/screenshots/inspection-report.png");

    private static WebDriver browser() {
        if (!DRIVER.canExecute() && "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
            fail("chromedriver is missing although the test script installs chromium-driver");
        }
        assumeTrue(DRIVER.canExecute(), "no /usr/bin/chromedriver: run deploy/local/test.sh, which installs it");
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1500",
                        "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void the_exported_report_reads_decodes_its_chart_and_prints_to_pdf() throws Exception {
        WebDriver browser = browser();
        // etcd members near their quota: findings with evidence from Prometheus and a fix a person runs
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(SCENARIO), Map.of())) {
            // a first run gives the second its history: recurring findings and the chart of the two runs
            assertEquals(200, bot.get("/api/inspect/report?format=json&user=web:dev").statusCode());
            HttpResponse<String> exported = bot.get("/api/inspect/report?format=html&lang=zh&user=web:dev");
            assertEquals(200, exported.statusCode(), exported.body());
            Files.createDirectories(OUT);
            Path file = OUT.resolve("inspection-report.html");
            Files.writeString(file, exported.body(), StandardCharsets.UTF_8);

            browser.get(file.toUri().toString());
            assertTrue(browser.getTitle().startsWith("巡检报告"), browser.getTitle());

            List<String> severities = texts(browser, "table.summary thead th");
            assertEquals(List.of("类型", "严重", "警告", "提示"), severities);
            List<WebElement> summaryRows = browser.findElements(By.cssSelector("table.summary tbody tr"));
            assertTrue(summaryRows.size() >= 2, "a row per kind and the total: " + texts(browser, "table.summary tr"));
            assertTrue(summaryRows.getLast().getText().startsWith("合计"), summaryRows.getLast().getText());

            assertEquals(List.of("严重程度", "类型", "对象", "问题", "与上次相比"), texts(browser, "table.lifecycle thead th"));
            List<String> statuses = texts(browser, "table.lifecycle tbody td:last-child");
            assertFalse(statuses.isEmpty());
            assertTrue(statuses.stream().allMatch(s -> s.equals("仍存在")), "the second run finds the same problems still present: " + statuses);

            List<WebElement> findings = browser.findElements(By.cssSelector(".finding"));
            assertEquals(statuses.size(), findings.size(), "every finding of the table has its own block");
            assertTrue(findings.stream().allMatch(f -> !f.findElements(By.cssSelector("pre.evidence")).isEmpty()), "each finding shows its evidence");
            assertTrue(findings.stream().anyMatch(f -> f.findElement(By.cssSelector("pre.evidence")).getText().contains("etcd_mvcc_db_total_size_in_bytes")),
                    texts(browser, "pre.evidence").toString());
            List<String> fixes = texts(browser, ".finding pre.fix");
            assertTrue(fixes.size() >= 2 && fixes.stream().allMatch(f -> f.contains("etcdctl")), "each etcd finding shows its fix: " + fixes);

            Object chart = ((JavascriptExecutor) browser).executeScript(
                    "const img = document.querySelector('img'); return img && img.complete ? img.naturalWidth + 'x' + img.naturalHeight : null;");
            assertTrue(chart != null && !chart.toString().startsWith("0x"), "the embedded chart decodes: " + chart);

            Files.createDirectories(EVIDENCE.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), EVIDENCE, StandardCopyOption.REPLACE_EXISTING);

            byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(new PrintOptions()).getContent());
            Files.write(OUT.resolve("inspection-report.pdf"), pdf);
            assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                    "a PDF of " + pdf.length + " bytes");
            assertTrue(pages(pdf) >= 3, "each section starts a page: " + pages(pdf) + " pages");
        } finally {
            browser.quit();
        }
    }

    private static List<String> texts(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Pages of a PDF as Chromium writes it: one {@code /Type /Page} object each. */
    private static long pages(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.split("/Type\\s*/Page[^s]", -1).length - 1;
    }
}
