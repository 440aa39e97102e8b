package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Twelve months as a bar chart drawn on the server in SVG (Vaadin Charts is a paid add-on), with
 * the same numbers in a table for screen readers: the picture is hidden from them, the table from
 * sight.
 */
final class TrendChart extends Composite<Div> {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 160;
    private static final int BASE = 130;

    /** One month's value; null draws no bar and reads as "none". */
    record Point(YearMonth month, @Nullable Integer value) {}

    TrendChart(String id, String title, String valueHeader, String unit, List<Point> points, Locale locale) {
        var root = getContent();
        root.setId(id);
        root.addClassName("trend");
        var heading = new H3(title);
        heading.setId(id + "-title");
        root.add(heading, new Svg(svg(points, unit, locale)), table(valueHeader, unit, points, locale));
    }

    private static String svg(List<Point> points, String unit, Locale locale) {
        int max = Math.max(
                1,
                points.stream()
                        .mapToInt(p -> p.value() == null ? 0 : p.value())
                        .max()
                        .orElse(1));
        double slot = (double) WIDTH / points.size();
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" class=\"trend-chart\" aria-hidden=\"true\" focusable=\"false\">")
                .append("<line x1=\"0\" y1=\"")
                .append(BASE)
                .append("\" x2=\"")
                .append(WIDTH)
                .append("\" y2=\"")
                .append(BASE)
                .append("\" class=\"trend-axis\"/>");
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            double x = i * slot + slot * 0.15;
            double width = slot * 0.7;
            if (point.value() != null) {
                double height = (BASE - 20) * point.value() / (double) max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"trend-bar\"/>",
                        x,
                        BASE - height,
                        width,
                        height));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" class=\"trend-value\">%s</text>",
                        x + width / 2,
                        BASE - height - 4,
                        escape(point.value() + unit)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"trend-label\">%s</text>",
                    x + width / 2,
                    BASE + 16,
                    escape(point.month().getMonth().getDisplayName(TextStyle.NARROW_STANDALONE, locale))));
        }
        return svg.append("</svg>").toString();
    }

    private NativeTable table(String valueHeader, String unit, List<Point> points, Locale locale) {
        var table = new NativeTable();
        table.addClassName("sr-only");
        table.getElement().setAttribute("aria-labelledby", getContent().getId().orElse("") + "-title");
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(getTranslation("dashboard.trend.month")),
                        new NativeTableHeaderCell(valueHeader)));
        var body = table.getBody();
        var month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        for (var point : points) {
            body.addRows(new NativeTableRow(
                    new NativeTableCell(month.format(point.month())),
                    new NativeTableCell(
                            point.value() == null ? getTranslation("dashboard.none") : point.value() + unit)));
        }
        return table;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
