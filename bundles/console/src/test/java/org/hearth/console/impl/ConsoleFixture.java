package org.hearth.console.impl;

import java.time.Instant;
import java.time.ZoneId;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;

/** The platform's real count board over a fake source, and its real audit log over an in-memory Derby. */
final class ConsoleFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final Viewer COORDINATOR = Viewer.staff(Role.COORDINATOR, "coordinator-dana", "Dana");

    /** Wednesday 2 December 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-12-02T15:00:00Z"), ZONE);
    final FakeCounts counts = FakeCounts.usual();
    final TestDatabase database = new TestDatabase();
    final JdbcAuditLog audit = new JdbcAuditLog(new PlatformSchema(database.dataSource(), database.migrator()), clock);
    final Figures figures = new Figures(org.hearth.platform.impl.Boards.of(counts), clock);
    final FunderReport report = new FunderReport(new ReportFigures(org.hearth.platform.impl.Boards.of(counts)), audit,
            clock);

    @Override
    public void close() {
        database.close();
    }
}
