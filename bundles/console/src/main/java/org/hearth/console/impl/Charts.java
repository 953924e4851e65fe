package org.hearth.console.impl;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The dashboard's charts as SVG, drawn on the server by JFreeChart and JFreeSVG (no script in the browser): a line
 * over months and bars by kind of support. Each SVG is an image with its name for screen readers; the numbers are
 * also on the screen as text. Needs a headless Java2D ({@code java.awt.headless=true}).
 */
final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    private static final Color INK = new Color(0x3b, 0x2a, 0x20);
    private static final Color ACCENT = new Color(0x7a, 0x3e, 0x1d);
    private static final Color GRID = new Color(0xd8, 0xcc, 0xc0);

    private Charts() {
    }

    /** A line of the measure's monthly totals, months named in the viewer's language. */
    static String trend(Map<LocalDate, BigDecimal> months, String name, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        months.forEach((month, value) -> data.addValue(value, name, Numbers.shortMonth(month, locale)));
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false,
                false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer();
        line.setSeriesPaint(0, ACCENT);
        line.setSeriesStroke(0, new BasicStroke(3f));
        line.setDefaultShapesVisible(true);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return svg(chart, name);
    }

    /** Bars of the measure's numbers by kind of support, each kind named in the viewer's language. */
    static String bars(Map<String, BigDecimal> kinds, String name) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        kinds.forEach((kind, value) -> data.addValue(value, name, kind));
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false,
                false);
        CategoryPlot plot = style(chart);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ACCENT);
        bars.setMaximumBarWidth(0.15);
        return svg(chart, name);
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(font);
        domain.setTickLabelPaint(INK);
        domain.setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelPaint(INK);
        return plot;
    }

    /** The chart as an {@code <svg>} that scales to its box, an image named {@code name} for screen readers. */
    static String svg(JFreeChart chart, String name) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        String escaped = escape(name);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, svg.indexOf("<svg") + 4) + " role=\"img\" aria-label=\"" + escaped
                + "\" class=\"console-chart\" style=\"display:block;width:100%;height:auto\"" + svg.substring(svg.indexOf("<svg") + 4, open) + "<title>" + escaped
                + "</title>" + svg.substring(open);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
