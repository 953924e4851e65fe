package org.hearth.console.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import org.hearth.api.AuditLog;
import org.hearth.api.Centers;
import org.hearth.api.CountBoard;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The funder report: a date range's figures with small counts suppressed, as CSV, a printable page and PDF. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "funder-report", title = "report.title", texts = DashboardModule.TEXTS,
        icon = VaadinIcon.FILE_TEXT_O, audience = Role.COORDINATOR, order = 6)
public class FunderReportModule extends DeclaredModule {

    private final FunderReport report;

    @Activate
    public FunderReportModule(@Reference CountBoard board, @Reference AuditLog audit, @Reference Clock clock,
                              @Reference Centers centers) {
        this.report = new FunderReport(new ReportFigures(board, new Scopes(centers)), audit, clock);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new FunderReportView(report, context);
    }
}
