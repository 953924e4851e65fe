package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.testkit.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.hearth.distribution.fixtures.History;
import org.openqa.selenium.By;

/**
 * The benchmark (not part of the test suite): `mvn -pl distribution verify -Pbenchmark`. Runs against
 * copies of the real distribution on loopback and prints a table of figures, with how each was measured;
 * the table is also written to target/benchmark.md.
 */
class HearthBenchmark {

    private final List<String> rows = new ArrayList<>();
    /** Marks the rows measured with the records on PostgreSQL. */
    private String engine = "";

    @Test
    void measure(@TempDir Path dir) throws Exception {
        if ("postgresql".equals(System.getProperty("hearth.bench.only"))) {
            onPostgresql(dir);
            report();
            return;
        }
        Kiosk kiosk = Kiosk.install("bench").env("HEARTH_AOT", "on");
        if ("features".equals(System.getProperty("hearth.bench.only"))) {
            featuresOnly(kiosk, dir);
            return;
        }
        if ("startup".equals(System.getProperty("hearth.bench.only"))) {
            startupOnly(kiosk);
            return;
        }
        if ("signin".equals(System.getProperty("hearth.bench.only"))) {
            signInOnly(kiosk, dir);
            return;
        }
        if ("loads".equals(System.getProperty("hearth.bench.only"))) {
            loadsOnly(kiosk, dir);
            return;
        }
        try {
            firstStartsAndStops(3);
            coldStart(kiosk);
            hotDeploy(kiosk);
            loads(kiosk, dir);
            memory(kiosk, "after the load runs over 1,000,000 visits");
            kiosk.stop();
            kiosk.start(20);
            memory(kiosk, "on a fresh start over the same 1,000,000 visits");
            row("fsync rate of the data folder's disk", fsyncRate(kiosk.home.resolve("data")) + " per second",
                    "4 KiB write + force, for 3 s: the ceiling for durable sign-ins per second");
        } finally {
            kiosk.stop();
            kiosk.close();
        }
        onPostgresql(dir);
        report();
    }

    private void prefill(Kiosk kiosk) {
        String prefill = kiosk.slow("/bench/prefill?members=3000&visits=1000000&years=5&seed=42").strip();
        row("five years of synthetic history (seed 42)", prefill, "direct JDBC batches");
        // a center's history grew over years, not in four minutes: restart so Derby has written the bulk
        // load out and the figures below are those of a kiosk holding five years, not one digesting them
        kiosk.stop();
        kiosk.start(20);
        kiosk.await("/bench/ready", "ready");
    }

    /**
     * {@code -Dhearth.bench.only=loads}: the history, sign-ins, reports and feature screens, without the start-up
     * and memory figures; {@code -Dhearth.bench.javaOpts=...} reaches the kiosk's JVM (a flight recording, say).
     */
    private void loadsOnly(Kiosk kiosk, Path dir) throws Exception {
        kiosk.env("HEARTH_JAVA_OPTS", System.getProperty("hearth.bench.javaOpts", ""));
        try {
            kiosk.start();
            loads(kiosk, dir);
        } finally {
            kiosk.stop();
            kiosk.close();
        }
        report();
    }

    /** {@code -Dhearth.bench.only=signin}: the history, then only the sign-ins, the report and the taps under load. */
    private void signInOnly(Kiosk kiosk, Path dir) throws Exception {
        kiosk.env("HEARTH_JAVA_OPTS", System.getProperty("hearth.bench.javaOpts", ""));
        try {
            kiosk.start();
            Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
            kiosk.await("/bench/check", "visits");
            prefill(kiosk);
            signInsAndReports(kiosk);
            browserTaps(kiosk);
        } finally {
            kiosk.stop();
            kiosk.close();
        }
        report();
    }

    /** The bench driver dropped in, five years of history, then sign-ins, reports, feature screens and taps. */
    private void loads(Kiosk kiosk, Path dir) throws Exception {
        Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
        kiosk.await("/bench/check", "visits");
        prefill(kiosk);
        signInsAndReports(kiosk);
        featureScreens(kiosk);
        browserTaps(kiosk);
    }

    private void coldStart(Kiosk kiosk) throws IOException {
        long first = timedStart(kiosk);
        kiosk.stop();
        long second = timedStart(kiosk);
        kiosk.stop();
        awaitClassCache(kiosk.home.resolve("data/java-aot"));
        List<Long> cached = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            cached.add(timedStart(kiosk));
            kiosk.stop();
        }
        kiosk.env("HEARTH_AOT", "off");
        List<Long> plain = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            plain.add(timedStart(kiosk));
            kiosk.stop();
        }
        kiosk.env("HEARTH_AOT", "on");
        kiosk.start(20);
        Kiosk.sleep(5000);
        row("resident memory, idle after a restart", rssKb(kiosk.pid()) / 1024 + " MB",
                "VmRSS of the JVM 5 s after the last restart, nothing used yet");
        String how = "launch of bin/hearth until / answers 200 and /health is UP with every shipped module";
        row("cold start, first ever (creates the database, records the classes it loads)", first + " ms", how);
        row("cold start, second (the class cache is built in the background)", second + " ms", "same");
        row("cold start, median of 5 restarts with the class cache", median(cached) + " ms " + cached,
                "same, on an existing data folder (Java 25 class cache, bundle cache kept)");
        row("cold start, median of 3 restarts without the class cache", median(plain) + " ms " + plain,
                "same, HEARTH_AOT=off (as on Java 21 to 24)");
    }

    /**
     * The first start and the first stop of {@code installations} fresh installations (median and runs): the first
     * start creates the database and records the classes it loads; the kiosk ends that recording and writes it a
     * few seconds after it is ready, and the stop is timed once it has (the marker file says so).
     */
    private void firstStartsAndStops(int installations) throws IOException {
        List<Long> starts = new ArrayList<>();
        List<Long> stops = new ArrayList<>();
        List<Long> recorded = new ArrayList<>();
        for (int run = 0; run < installations; run++) {
            Kiosk fresh = Kiosk.install("bench-first").env("HEARTH_AOT", "on");
            try {
                starts.add(timedStart(fresh));
                long ready = System.nanoTime();
                awaitFile(fresh.home.resolve("data/java-aot"), ".recorded");
                recorded.add((System.nanoTime() - ready) / 1_000_000);
                long start = System.nanoTime();
                fresh.stop();
                stops.add((System.nanoTime() - start) / 1_000_000);
            } finally {
                fresh.stop();
                fresh.close();
            }
        }
        row("cold start, first ever, median of " + installations + " new installations", median(starts) + " ms " + starts,
                "launch of bin/hearth until / answers 200 and /health is UP with every shipped module; creates the"
                        + " database, records the classes it loads");
        row("first stop on a new installation, median of " + installations, median(stops) + " ms " + stops,
                "SIGTERM until the process has ended, once the class record is written (in the background, "
                        + recorded + " ms after ready)");
    }

    /** {@code -Dhearth.bench.only=startup}: the start, stop and memory figures on fresh kiosks with every module, no history. */
    private void startupOnly(Kiosk kiosk) throws Exception {
        try {
            firstStartsAndStops(3);
            coldStart(kiosk);
            memory(kiosk, "fresh kiosk with every module, no history");
        } finally {
            kiosk.stop();
            kiosk.close();
        }
        report();
    }

    private static long timedStart(Kiosk kiosk) {
        long start = System.nanoTime();
        kiosk.start(20);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void awaitClassCache(Path dir) throws IOException {
        awaitFile(dir, ".aot");
    }

    private static void awaitFile(Path dir, String suffix) throws IOException {
        for (int i = 0; i < 2400; i++) {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(suffix))) {
                        return;
                    }
                }
            }
            Kiosk.sleep(50);
        }
        throw new AssertionError("No " + suffix + " file appeared in " + dir);
    }

    private void hotDeploy(Kiosk kiosk) throws IOException {
        Path jar = Path.of(System.getProperty("hearth.dropin.houserules"));
        List<Long> in = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            Fixtures.dropIn(jar, kiosk.home.resolve("deploy"));
            kiosk.waitFor(java.time.Duration.ofSeconds(20), h -> h.path("modules").toString().contains("houserules"), 10);
            in.add((System.nanoTime() - start) / 1_000_000);
            // let the new drop-in settle before it is taken out again, so each removal is timed on its own
            Kiosk.sleep(1000);
            start = System.nanoTime();
            Files.delete(kiosk.home.resolve("deploy").resolve(jar.getFileName()));
            kiosk.waitFor(java.time.Duration.ofSeconds(20), h -> !h.path("modules").toString().contains("houserules"), 10);
            out.add((System.nanoTime() - start) / 1_000_000);
            Kiosk.sleep(1000);
        }
        row("hot deploy, jar copied in until its module is listed", "median " + median(in) + " ms " + in, "/health polled every 10 ms");
        row("hot undeploy, jar deleted until its module is gone", "median " + median(out) + " ms " + out, "same");
    }

    private void browserTaps(Kiosk kiosk) throws InterruptedException {
        List<Double> taps = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean tapping = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger loaded = new java.util.concurrent.atomic.AtomicInteger();
        Thread others = new Thread(() -> {
            for (int round = 0; tapping.get(); round++) {
                kiosk.slow("/bench/signin?sessions=10&count=200&members=3000&seed=" + (1000 + round));
                loaded.addAndGet(200);
            }
        }, "ten other kiosks");
        others.start();
        try (Browser browser = new Browser()) {
            for (int run = 0; run < 50; run++) {
                browser.freshSession(kiosk, "/m/signin");
                var field = browser.await(By.cssSelector("#signin-name input"), 20);
                field.sendKeys(History.memberName(run * 7));
                browser.await(By.id("signin-match-0"), 10);
                browser.tap(By.id("signin-match-0"));
                browser.await(By.id("signin-submit"), 10);
                browser.tap(By.id("purpose-group"));
                browser.awaitAttribute(By.id("purpose-group"), "aria-pressed", "true", 10);
                Object ms = browser.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const t0 = performance.now();
                        const seen = () => document.getElementById('signin-confirmation');
                        new MutationObserver((m, o) => { if (seen()) { o.disconnect(); done(performance.now() - t0); } })
                            .observe(document.body, {childList: true, subtree: true});
                        document.getElementById('signin-submit').click();
                        """);
                taps.add(((Number) ms).doubleValue());
            }
        } finally {
            tapping.set(false);
            others.join();
        }
        Collections.sort(taps);
        row("tap 'Sign me in' until the confirmation shows, in Chromium, while ten other kiosks sign in",
                String.format("p50 %.1f ms, p95 %.1f ms", taps.get(24), taps.get(47)),
                "headless Debian chromium, 50 returning members, in-page timer; meanwhile " + loaded.get()
                        + " sign-ins at ten server-side kiosks back to back");
    }

    private void memory(Kiosk kiosk, String when) throws Exception {
        Kiosk.sleep(5000);
        long idle = rssKb(kiosk.pid());
        long heapNone = heapUsedKb(kiosk.pid());
        List<Browser> kiosks = new ArrayList<>();
        try {
            long heapOne = 0;
            for (int session = 0; session < 20; session++) {
                Browser browser = new Browser();
                kiosks.add(browser);
                browser.driver.get(kiosk.url("/"));
                browser.await(By.id("tile-signin"), 30);
                if (session == 0) {
                    // the first session also pays for what the kiosk loads once (classes, caches)
                    heapOne = heapUsedKb(kiosk.pid());
                }
            }
            long busy = rssKb(kiosk.pid());
            long heapBusy = heapUsedKb(kiosk.pid());
            row("resident memory, no session open, " + when, idle / 1024 + " MB", "VmRSS of the JVM, 5 s after");
            row("resident memory, 20 open kiosk sessions, " + when, busy / 1024 + " MB",
                    "20 browsers, each its own session on the welcome screen");
            row("heap per kiosk session, " + when, (heapBusy - heapOne) / 19 + " KB",
                    "heap used after a full GC with 20 sessions minus with 1, divided by 19 (with none "
                            + heapNone / 1024 + " MB, 1 " + heapOne / 1024 + " MB, 20 " + heapBusy / 1024 + " MB)");
        } finally {
            kiosks.forEach(Browser::close);
        }
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static long heapUsedKb(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").start();
        gc.waitFor(30, TimeUnit.SECONDS);
        Process info = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor(30, TimeUnit.SECONDS);
        // every generation's "used NK", but not Metaspace's
        long total = 0;
        for (String line : text.lines().filter(l -> !l.strip().startsWith("Metaspace")
                && !l.strip().startsWith("class space")).toList()) {
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(line);
            if (used.find()) {
                total += Long.parseLong(used.group(1));
            }
        }
        return total;
    }

    private static long fsyncRate(Path folder) throws IOException {
        Path file = folder.resolve("fsync-probe.tmp");
        long count = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < end) {
                block.rewind();
                channel.write(block, 0);
                channel.force(true);
                count++;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return count / 3;
    }

    /** Sign-ins at 1, 10 and 50 kiosks after a warm-up, and the monthly report's first and later looks. */
    private void signInsAndReports(Kiosk kiosk) {
        // a kiosk runs all day: time sign-ins once the JIT has compiled their code, not while it is compiling it
        kiosk.slow("/bench/signin?sessions=4&count=800&members=3000&seed=99");
        for (int sessions : new int[] {1, 10, 50}) {
            String line = kiosk.slow("/bench/signin?sessions=" + sessions + "&count=" + Math.max(200, sessions * 20)
                    + "&members=3000&seed=" + sessions).lines().filter(l -> l.startsWith("signins"))
                    .findFirst().orElseThrow();
            row("sign-in server time, " + sessions + " concurrent kiosk(s), after a warm-up of 800 sign-ins", line.substring(line.indexOf("p50")),
                    "returning member on the real sign-in screen: name typed, masked match, purpose,"
                            + " 'Sign me in' until the confirmation; recorded and committed; each kiosk starts"
                            + " its next visitor at once (no pause), so this is the 2-core machine at full load");
        }
        List<Double> reports = new ArrayList<>(kiosk.slow("/bench/report").lines().filter(l -> l.startsWith("report"))
                .map(l -> Double.parseDouble(l.split(" ")[1])).toList());
        double firstLook = reports.remove(0);
        Collections.sort(reports);
        row("monthly funder report (12 months by month), first look", firstLook + " ms",
                "Visit counts screen, 'By month', over the 1,000,000 visits: counts every closed month and keeps it");
        row("monthly funder report, again", "median " + reports.get(reports.size() / 2) + " ms " + reports,
                "the next 4 looks: kept months read back, the current month counted live");
    }

    /**
     * {@code -Dhearth.bench.only=postgresql}, and after a full run: the same history and loads with the records on
     * PostgreSQL (the test kit's server on loopback, started from Debian's binaries), each row marked so.
     */
    private void onPostgresql(Path dir) throws Exception {
        PGSimpleDataSource db = TestPostgres.shared().createDatabase();
        Kiosk kiosk = Kiosk.install("bench-pg").env("HEARTH_DATABASE_URL", TestPostgres.shared().url(db.getDatabaseName()))
                .env("HEARTH_DATABASE_USER", TestPostgres.shared().user());
        engine = "PostgreSQL " + postgresVersion(db) + ": ";
        try {
            kiosk.start(20);
            Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
            kiosk.await("/bench/ready", "ready");
            row("five years of synthetic history (seed 42)",
                    kiosk.slow("/bench/prefill?members=3000&visits=1000000&years=5&seed=42").strip(), "direct JDBC batches");
            kiosk.stop();
            kiosk.start(20);
            kiosk.await("/bench/ready", "ready");
            signInsAndReports(kiosk);
            featureScreens(kiosk);
            memory(kiosk, "after the load runs over 1,000,000 visits");
        } finally {
            kiosk.stop();
            kiosk.close();
            TestPostgres.shared().dropDatabase(db.getDatabaseName());
            engine = "";
        }
    }

    private static String postgresVersion(PGSimpleDataSource db) throws java.sql.SQLException {
        try (var c = db.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** {@code -Dhearth.bench.only=features}: only the feature screens, on a fresh kiosk (a few minutes, not half an hour). */
    private void featuresOnly(Kiosk kiosk, Path dir) throws Exception {
        try {
            kiosk.start();
            Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
            kiosk.await("/bench/ready", "ready");
            featureScreens(kiosk);
        } finally {
            kiosk.stop();
            kiosk.close();
        }
        report();
    }

    /** The volunteers', groups' and console's main screens, built on the server as a tap on their tiles would, timed. */
    private void featureScreens(Kiosk kiosk) {
        String volunteers = kiosk.slow("/bench/volunteers?volunteers=60&shifts=250&runs=40");
        row("volunteers' week board, server time", line(volunteers, "board "),
                "coordinator's tile tapped: 250 shifts this week and next (two thirds of places taken), 60 volunteers;"
                        + " the board built with every shift, its gap and the week's changes");
        row("a volunteer's own screen, server time", line(volunteers, "mine "),
                "a volunteer's tile tapped: hours this month, their shifts, open shifts they may take (each checked"
                        + " against their requirements), swaps offered");
        String groups = kiosk.slow("/bench/groups?groups=40&runs=40");
        row("visitors' groups this week, server time", line(groups, "week "),
                "the visitors' tile tapped: 40 weekly groups, the next seven days' sessions as cards");
        row("a day's sessions for their facilitator, server time", line(groups, "today "),
                "the facilitator's tile tapped (a coordinator, who sees every session of the day)");
        String console = kiosk.slow("/bench/console?runs=40");
        row("the coordinator's dashboard, server time", line(console, "dashboard "),
                "the coordinator's tile tapped, after the volunteers' and groups' loads: every measure today, this week"
                        + " and this month, a year's trend and this month by kind of support, both charts drawn as SVG");
        row("the funder report for last month, server time", line(console, "report "),
                "the coordinator's tile tapped: every measure of the board over last month, small counts suppressed");
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
                .orElse("not measured: " + output.strip());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void row(String what, String figure, String how) {
        rows.add("| " + engine + what + " | " + figure + " | " + how + " |");
        System.out.println(engine + what + ": " + figure);
    }

    private void report() throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap of the benchmark JVM, Java "
                + System.getProperty("java.version");
        String table = "Hearth benchmark, " + java.time.LocalDate.now() + ", " + machine + "\n\n"
                + "| figure | result | how |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println(table);
        Files.writeString(Path.of("target/benchmark.md"), table);
        assertThat(rows).isNotEmpty();
    }
}
