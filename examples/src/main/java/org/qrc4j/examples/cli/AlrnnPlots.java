package org.qrc4j.examples.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.qrc4j.io.AtomicFiles;

/**
 * The figures of {@code qrc4j alrnn}: attractor projections (true and generated side by side), the
 * symbol sequence of a free run, and the region transition graph. All are PNGs written atomically.
 */
public final class AlrnnPlots {

    static {
        // As in Plots: no display needed, unless the application decided otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Size of the attractor figure (two square-ish panels side by side). */
    static final int ATTRACTOR_WIDTH = 1200, ATTRACTOR_HEIGHT = 560;
    /** Size of the symbol sequence figure. */
    static final int SYMBOLS_WIDTH = 1000, SYMBOLS_HEIGHT = 420;
    /** Size of the transition graph figure. */
    static final int GRAPH_SIZE = 800;
    /** At most this many points per attractor panel; more are subsampled evenly. */
    static final int MAX_POINTS = 20_000;
    /** At most this many regions are drawn in the graph (the most visited). */
    static final int MAX_GRAPH_REGIONS = 24;

    static final Color TRUE_COLOR = new Color(31, 119, 180);
    static final Color GENERATED_COLOR = new Color(214, 39, 40);
    /** Fill of the region circles. */
    static final Color CIRCLE_COLOR = new Color(31, 119, 180);
    /** Colour of the transition arrows. */
    static final Color ARROW_COLOR = new Color(255, 127, 14);
    private static final Color TEXT_COLOR = new Color(30, 30, 30);
    private static final Color GRID_COLOR = new Color(225, 225, 225);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font CODE_FONT = new Font(Font.MONOSPACED, Font.BOLD, 14);

    private AlrnnPlots() {
    }

    /** A region's code in binary, P digits, ReLU unit 0 rightmost ("linear" when P = 0). */
    public static String code(int region, int relus) {
        if (relus == 0) {
            return "linear";
        }
        String bits = Integer.toBinaryString(region);
        return "0".repeat(Math.max(0, relus - bits.length())) + bits;
    }

    // ---------------------------------------------------------------------------------------------
    // Attractor

    /**
     * The projection on dimensions (i, j): the truth on the left, the free run on the right, both
     * with the truth's axis ranges so that shape and size compare directly. A free run that leaves
     * the finite numbers is drawn up to that point and the panel's title says so.
     */
    public static void attractor(Path png, String title, double[][] truth, double[][] generated, int i, int j)
            throws IOException {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] row : truth) {
            range[0] = Math.min(range[0], row[i]);
            range[1] = Math.max(range[1], row[i]);
            range[2] = Math.min(range[2], row[j]);
            range[3] = Math.max(range[3], row[j]);
        }
        pad(range, 0);
        pad(range, 2);
        int finite = 0;
        while (finite < generated.length && Double.isFinite(generated[finite][i]) && Double.isFinite(generated[finite][j])) {
            finite++;
        }
        String generatedTitle = "generated" + (finite < generated.length ? " (diverged at step " + finite + ")" : "");
        BufferedImage left = BitmapEncoder.getBufferedImage(panel("true", truth, truth.length, i, j, range, TRUE_COLOR));
        BufferedImage right = BitmapEncoder.getBufferedImage(panel(generatedTitle, generated, finite, i, j, range,
                GENERATED_COLOR));
        BufferedImage image = new BufferedImage(ATTRACTOR_WIDTH, ATTRACTOR_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(TITLE_FONT);
        g.setColor(TEXT_COLOR);
        centred(g, title, ATTRACTOR_WIDTH / 2.0, 28);
        g.drawImage(left, 0, 40, null);
        g.drawImage(right, ATTRACTOR_WIDTH / 2, 40, null);
        g.dispose();
        write(png, image);
    }

    private static void pad(double[] range, int at) {
        double span = range[at + 1] - range[at];
        double margin = span > 0 ? 0.05 * span : 1;
        range[at] -= margin;
        range[at + 1] += margin;
    }

    private static XYChart panel(String title, double[][] data, int length, int i, int j, double[] range, Color color) {
        XYChart chart = new XYChart(ATTRACTOR_WIDTH / 2, ATTRACTOR_HEIGHT - 40);
        chart.setTitle(title);
        chart.setXAxisTitle("x" + i);
        chart.setYAxisTitle("x" + j);
        var s = chart.getStyler();
        s.setLegendVisible(false);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(LABEL_FONT);
        s.setChartFontColor(TEXT_COLOR);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.DARK_GRAY);
        s.setPlotGridLinesColor(GRID_COLOR);
        s.setAntiAlias(true);
        s.setXAxisMin(range[0]);
        s.setXAxisMax(range[1]);
        s.setYAxisMin(range[2]);
        s.setYAxisMax(range[3]);
        s.setXAxisDecimalPattern("0.#");
        s.setYAxisDecimalPattern("0.#");
        int count = Math.min(length, MAX_POINTS);
        double[] xs = new double[Math.max(count, 1)], ys = new double[Math.max(count, 1)];
        if (count == 0) {
            xs[0] = Double.NaN;
            ys[0] = Double.NaN;
        }
        for (int k = 0; k < count; k++) {
            // Evenly spread over the whole run: index k·(length − 1)/(count − 1).
            int t = count == 1 ? 0 : (int) ((long) k * (length - 1) / (count - 1));
            // Clip far-away points to just outside the box: XChart would otherwise draw lines
            // across the figure for a run that wanders off before diverging.
            xs[k] = clamp(data[t][i], range[0], range[1]);
            ys[k] = clamp(data[t][j], range[2], range[3]);
        }
        XYSeries series = chart.addSeries("run", xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineWidth(0.6f);
        return chart;
    }

    private static double clamp(double v, double lo, double hi) {
        double span = hi - lo;
        return Math.max(lo - 0.02 * span, Math.min(hi + 0.02 * span, v));
    }

    // ---------------------------------------------------------------------------------------------
    // Symbols

    /**
     * The region index over the first {@code steps} steps as a step plot. The y axis lists only the
     * regions visited in that stretch, in code order, each labelled with its binary code: with P
     * ReLUs there are 2^P regions, far too many rows to show them all for large P.
     */
    public static void symbols(Path png, String title, int[] symbols, int steps, int relus) throws IOException {
        int n = Math.min(steps, symbols.length);
        TreeSet<Integer> used = new TreeSet<>();
        for (int t = 0; t < n; t++) {
            used.add(symbols[t]);
        }
        List<Integer> rows = new ArrayList<>(used);
        BufferedImage image = new BufferedImage(SYMBOLS_WIDTH, SYMBOLS_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(TITLE_FONT);
        g.setColor(TEXT_COLOR);
        centred(g, title, SYMBOLS_WIDTH / 2.0, 28);
        int left = 40 + 10 * Math.max(relus, 6), right = SYMBOLS_WIDTH - 25, top = 50, bottom = SYMBOLS_HEIGHT - 55;
        double rowStep = rows.size() > 1 ? (bottom - top) / (double) (rows.size() - 1) : 0;
        double[] rowY = new double[rows.size()];
        g.setFont(CODE_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (int r = 0; r < rows.size(); r++) {
            rowY[r] = rows.size() > 1 ? bottom - r * rowStep : (top + bottom) / 2.0;
            g.setColor(GRID_COLOR);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(left, (int) Math.round(rowY[r]), right, (int) Math.round(rowY[r]));
            g.setColor(TEXT_COLOR);
            String label = code(rows.get(r), relus);
            g.drawString(label, left - 8 - fm.stringWidth(label), (int) Math.round(rowY[r] + fm.getAscent() / 2.0 - 2));
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(left, top - 10, right - left, bottom - top + 20);
        // x ticks
        g.setFont(LABEL_FONT);
        fm = g.getFontMetrics();
        double xScale = n > 1 ? (right - left) / (double) (n - 1) : 0;
        int tick = niceStep(n);
        for (int t = 0; t < n; t += tick) {
            int x = (int) Math.round(left + t * xScale);
            g.drawLine(x, bottom + 10, x, bottom + 15);
            String s = Integer.toString(t);
            g.drawString(s, x - fm.stringWidth(s) / 2, bottom + 30);
        }
        centred(g, "step of the free run", (left + right) / 2.0, SYMBOLS_HEIGHT - 8);
        // The step line: horizontal at the region's row for one step, then vertical to the next.
        Path2D.Double path = new Path2D.Double();
        for (int t = 0; t < n; t++) {
            double y = rowY[rows.indexOf(symbols[t])];
            double x0 = left + t * xScale, x1 = left + Math.min(t + 1, n - 1) * xScale;
            if (t == 0) {
                path.moveTo(x0, y);
            } else {
                path.lineTo(x0, y);
            }
            path.lineTo(x1, y);
        }
        g.setColor(TRUE_COLOR);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(path);
        g.dispose();
        write(png, image);
    }

    private static int niceStep(int n) {
        int[] steps = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};
        for (int s : steps) {
            if (n / s <= 10) {
                return s;
            }
        }
        return 10_000;
    }

    // ---------------------------------------------------------------------------------------------
    // Transition graph

    /** Draws {@link #transitionGraph} and writes it. */
    public static void transitions(Path png, String title, int[][] transitions, double[] visits, int relus) throws IOException {
        write(png, transitionGraph(title, transitions, visits, relus));
    }

    /**
     * The region transition graph: each visited region a circle on a ring, its area proportional to
     * its visit frequency, labelled with its binary code and frequency; an arrow r → s for every
     * observed transition, its width growing with the count; a self-loop (staying in a region) a
     * small arc on the outside of the circle. Only the {@value #MAX_GRAPH_REGIONS} most visited
     * regions are drawn; the title says when some are left out.
     */
    static BufferedImage transitionGraph(String title, int[][] transitions, double[] visits, int relus) {
        Integer[] order = new Integer[visits.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Double.compare(visits[b], visits[a]));
        List<Integer> shown = new ArrayList<>();
        int usedTotal = 0;
        for (Integer r : order) {
            if (visits[r] > 0) {
                usedTotal++;
                if (shown.size() < MAX_GRAPH_REGIONS) {
                    shown.add(r);
                }
            }
        }
        shown.sort(Integer::compare); // around the ring in code order
        int k = shown.size();
        int size = GRAPH_SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(TITLE_FONT);
        g.setColor(TEXT_COLOR);
        String fullTitle = title + (usedTotal > k ? " (" + k + " of " + usedTotal + " regions)" : "");
        centred(g, fullTitle, size / 2.0, 28);
        if (k == 0) {
            g.dispose();
            return image;
        }
        double cx = size / 2.0, cy = size / 2.0;
        // Room outside the ring for the largest circle (radius 60) and its self-loop.
        double ring = k == 1 ? 0 : size / 2.0 - 70 - 60 * 1.6;
        double maxVisit = 0;
        long maxCount = 0;
        for (int r : shown) {
            maxVisit = Math.max(maxVisit, visits[r]);
            for (int s : shown) {
                maxCount = Math.max(maxCount, transitions[r][s]);
            }
        }
        double maxRadius = Math.min(60, k == 1 ? 60 : Math.PI * ring / k * 0.8);
        double[] x = new double[k], y = new double[k], rad = new double[k];
        for (int q = 0; q < k; q++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * q / k;
            x[q] = cx + ring * Math.cos(angle);
            y[q] = cy + ring * Math.sin(angle);
            // Area ∝ frequency, with a floor so rare regions stay visible.
            rad[q] = Math.max(10, maxRadius * Math.sqrt(visits[shown.get(q)] / maxVisit));
        }
        // Arrows first, so circles and labels sit on top.
        g.setColor(ARROW_COLOR);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                long count = transitions[shown.get(a)][shown.get(b)];
                if (count == 0) {
                    continue;
                }
                float width = (float) (1.5 + 8.5 * count / (double) maxCount);
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                if (a == b) {
                    selfLoop(g, x[a], y[a], rad[a], cx, cy, width);
                } else {
                    arrow(g, x[a], y[a], rad[a], x[b], y[b], rad[b], width);
                }
            }
        }
        FontMetrics fm;
        for (int q = 0; q < k; q++) {
            g.setColor(CIRCLE_COLOR);
            g.fill(new Ellipse2D.Double(x[q] - rad[q], y[q] - rad[q], 2 * rad[q], 2 * rad[q]));
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new Ellipse2D.Double(x[q] - rad[q], y[q] - rad[q], 2 * rad[q], 2 * rad[q]));
            // The label goes towards the centre of the ring, where no self-loop is drawn.
            double dx = cx - x[q], dy = cy - y[q], len = Math.hypot(dx, dy);
            double lx = len > 0 ? x[q] + dx / len * (rad[q] + 26) : x[q];
            double ly = len > 0 ? y[q] + dy / len * (rad[q] + 26) : y[q] + rad[q] + 20;
            g.setColor(TEXT_COLOR);
            g.setFont(CODE_FONT);
            fm = g.getFontMetrics();
            String codeText = code(shown.get(q), relus);
            g.drawString(codeText, (float) (lx - fm.stringWidth(codeText) / 2.0), (float) ly);
            g.setFont(LABEL_FONT);
            fm = g.getFontMetrics();
            String freq = percent(visits[shown.get(q)]);
            g.drawString(freq, (float) (lx - fm.stringWidth(freq) / 2.0), (float) (ly + 15));
        }
        g.setFont(LABEL_FONT);
        g.setColor(TEXT_COLOR);
        centred(g, "circle area ~ visit frequency; arrow width ~ transition count; label: ReLU bits (unit 0 rightmost)",
                size / 2.0, size - 12);
        g.dispose();
        return image;
    }

    /** A frequency as a percentage that does not round a rare but visited region to 0.0%. */
    static String percent(double frequency) {
        double pct = 100 * frequency;
        return pct >= 0.1 ? String.format(java.util.Locale.ROOT, "%.1f%%", pct)
                : String.format(java.util.Locale.ROOT, "%.2g%%", pct);
    }

    /** A curved arrow from circle a to circle b; bent to one side so a → b and b → a do not overlap. */
    private static void arrow(Graphics2D g, double ax, double ay, double ar, double bx, double by, double br,
            float width) {
        double dx = bx - ax, dy = by - ay, d = Math.hypot(dx, dy);
        double ux = dx / d, uy = dy / d;
        // Control point off the chord, to the right of the direction of travel.
        double mx = (ax + bx) / 2 - uy * d * 0.18, my = (ay + by) / 2 + ux * d * 0.18;
        double sx0 = mx - ax, sy0 = my - ay, s0 = Math.hypot(sx0, sy0);
        double ex0 = mx - bx, ey0 = my - by, e0 = Math.hypot(ex0, ey0);
        double startX = ax + sx0 / s0 * ar, startY = ay + sy0 / s0 * ar;
        double tipX = bx + ex0 / e0 * br, tipY = by + ey0 / e0 * br;
        double head = 10 + 1.6 * width;
        // End the curve at the base of the head so the thick stroke does not poke through the tip.
        double baseX = tipX + ex0 / e0 * head * 0.8, baseY = tipY + ey0 / e0 * head * 0.8;
        g.draw(new QuadCurve2D.Double(startX, startY, mx, my, baseX, baseY));
        arrowHead(g, tipX, tipY, -ex0 / e0, -ey0 / e0, head);
    }

    /** A loop on the outside of the circle (away from the ring's centre), with its head. */
    private static void selfLoop(Graphics2D g, double x, double y, double r, double cx, double cy, float width) {
        double dx = x - cx, dy = y - cy, len = Math.hypot(dx, dy);
        double ox = len > 0 ? dx / len : 0, oy = len > 0 ? dy / len : -1;
        double loop = Math.max(14, r * 0.55);
        double lx = x + ox * (r + loop * 0.6), ly = y + oy * (r + loop * 0.6);
        // The arc: a circle of radius `loop` centred just outside, leaving and re-entering the
        // region's circle; drawn from angle +40° past the outward direction round to −40°.
        double base = Math.atan2(oy, ox);
        Path2D.Double path = new Path2D.Double();
        int steps = 40;
        double from = base + Math.PI + 0.9, to = base + Math.PI - 0.9 + 2 * Math.PI;
        double endX = 0, endY = 0, prevX = 0, prevY = 0;
        for (int i = 0; i <= steps; i++) {
            double a = from + (to - from) * i / steps;
            double px = lx + loop * Math.cos(a), py = ly + loop * Math.sin(a);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
            prevX = endX;
            prevY = endY;
            endX = px;
            endY = py;
        }
        g.draw(path);
        double hx = endX - prevX, hy = endY - prevY, h = Math.hypot(hx, hy);
        arrowHead(g, endX, endY, hx / h, hy / h, 8 + 1.2 * width);
    }

    private static void arrowHead(Graphics2D g, double tipX, double tipY, double ux, double uy, double head) {
        double px = -uy, py = ux;
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(tipX, tipY);
        tri.lineTo(tipX - ux * head + px * head * 0.45, tipY - uy * head + py * head * 0.45);
        tri.lineTo(tipX - ux * head - px * head * 0.45, tipY - uy * head - py * head * 0.45);
        tri.closePath();
        g.fill(tri);
    }

    // ---------------------------------------------------------------------------------------------

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static void centred(Graphics2D g, String text, double x, double baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) baseline);
    }

    private static void write(Path png, BufferedImage image) throws IOException {
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
