package org.qrc4j.reservoir.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.qrc4j.io.AtomicFiles;

/**
 * PNG figures of experiment results: prediction against truth, loss per epoch, and a comparison
 * of means with error bars.
 *
 * <p>Every figure is {@value #WIDTH}×{@value #HEIGHT} pixels on a white background and is written
 * atomically with {@link AtomicFiles#write}: the image is encoded into a temporary file next to
 * the target, which is then renamed over it. Arguments are checked before anything is written, so
 * a bad call leaves no file behind and throws an {@link IllegalArgumentException} that names the
 * parameter, the value and what is allowed.
 *
 * <p><b>Headless.</b> The charts are painted into an off-screen {@code BufferedImage} (XChart's
 * {@link BitmapEncoder}), which needs no display. Loading this class sets the system property
 * {@code java.awt.headless=true} unless it was set already, so on a machine without a display
 * (a server, CI) AWT does not try to connect to one. Set the property yourself (for example
 * {@code -Djava.awt.headless=true}) if AWT may be initialised before this class is loaded; an
 * application that shows windows can set it to {@code false} and still use these methods.
 *
 * <p>Colours: in {@link #prediction} the truth is {@linkplain #TRUTH_COLOR blue} and the prediction
 * {@linkplain #PREDICTION_COLOR orange}; in {@link #loss} the train loss is blue and the test loss
 * orange; the bars of {@link #bars} are blue.
 */
public final class Plots {

    static {
        // Must happen before any AWT class initialises the graphics environment; doing it here
        // covers callers that touch nothing of AWT before their first plot. An explicit setting
        // by the application wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Width of every figure, in pixels. */
    public static final int WIDTH = 800;
    /** Height of every figure, in pixels. */
    public static final int HEIGHT = 500;

    /** Colour of the truth and of the train loss (a blue). */
    public static final Color TRUTH_COLOR = new Color(31, 119, 180);
    /** Colour of the prediction and of the test loss (an orange). */
    public static final Color PREDICTION_COLOR = new Color(255, 127, 14);
    /** Colour of the dashed train/test boundary line. */
    public static final Color BOUNDARY_COLOR = new Color(150, 40, 150);
    /** Colour of the bars in {@link #bars}. */
    public static final Color BAR_COLOR = TRUTH_COLOR;

    private static final Color ERROR_BAR_COLOR = new Color(20, 20, 20);
    private static final Color GRID_COLOR = new Color(225, 225, 225);
    private static final Color TEXT_COLOR = new Color(30, 30, 30);

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    /** Loss curves with at most this many epochs get a marker on every point, so that few are seen. */
    private static final int MAX_EPOCHS_WITH_MARKERS = 30;

    private Plots() {
    }

    /**
     * Plots a prediction against the truth over time, with the train/test boundary marked.
     *
     * <p>The truth is drawn as a thick blue line and the prediction as a thinner orange line on top
     * of it, so both stay visible where they agree. A dashed vertical line at {@code time[firstTest]}
     * labelled "train | test" separates the training part (left) from the test part (right).
     * {@code prediction} may hold {@code NaN} where there is no prediction (for example the first
     * window of a reservoir with memory): those points are left out and the line has a gap there.
     *
     * @param png        file to write (parent directories are created; an existing file is replaced)
     * @param title      title above the chart; {@code null} or blank for none
     * @param time       x values, finite and non-decreasing
     * @param truth      target values, finite, one per time
     * @param prediction predicted values, finite or {@code NaN}, one per time
     * @param firstTest  index of the first test point, in {@code [0, time.length - 1]}
     * @throws IllegalArgumentException for empty or mismatched arrays, non-finite values (other
     *                                  than {@code NaN} in {@code prediction}), decreasing time, or
     *                                  {@code firstTest} out of range
     * @throws IOException              if the file cannot be written
     */
    public static void prediction(Path png, String title, double[] time, double[] truth, double[] prediction,
            int firstTest) throws IOException {
        Objects.requireNonNull(png, "png");
        requireNonEmpty("time", time);
        requireSameLength("truth", truth, "time", time);
        requireSameLength("prediction", prediction, "time", time);
        for (int i = 0; i < time.length; i++) {
            requireFinite("time", time, i);
            requireFinite("truth", truth, i);
            if (Double.isInfinite(prediction[i])) {
                throw new IllegalArgumentException("prediction[" + i + "] must be finite or NaN (no prediction), got "
                        + prediction[i]);
            }
            if (i > 0 && time[i] < time[i - 1]) {
                throw new IllegalArgumentException("time must be non-decreasing, but time[" + i + "] = " + time[i]
                        + " < time[" + (i - 1) + "] = " + time[i - 1]);
            }
        }
        if (firstTest < 0 || firstTest >= time.length) {
            throw new IllegalArgumentException("firstTest must be an index into time, in [0, " + (time.length - 1)
                    + "], got " + firstTest);
        }

        XYChart chart = newXyChart(title, "time", "value");
        addLine(chart, "truth", TRUTH_COLOR, 3.0f, time, truth, false);
        addLine(chart, "prediction", PREDICTION_COLOR, 1.8f, time, prediction, false);

        // Fix the y range ourselves: XChart fits it tightly to the data, which would put the
        // boundary label on top of the curves; the extra room at the top keeps it clear.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < time.length; i++) {
            lo = Math.min(lo, truth[i]);
            hi = Math.max(hi, truth[i]);
            if (!Double.isNaN(prediction[i])) {
                lo = Math.min(lo, prediction[i]);
                hi = Math.max(hi, prediction[i]);
            }
        }
        double span = hi > lo ? hi - lo : Math.max(1.0, Math.abs(hi));
        chart.getStyler().setYAxisMin(lo - 0.05 * span);
        chart.getStyler().setYAxisMax(hi + 0.18 * span);
        if (time[0] == time[time.length - 1]) {
            // A single instant: give the x axis some width so XChart has a range to draw.
            chart.getStyler().setXAxisMin(time[0] - 1);
            chart.getStyler().setXAxisMax(time[0] + 1);
        }
        // XChart picks tick positions at fractions of the range; without a pattern an x axis such
        // as 2..100 in 255 steps prints 21.984313725490196.
        chart.getStyler().setXAxisDecimalPattern(xPattern(time[time.length - 1] - time[0]));
        chart.addAnnotation(new Boundary(time[firstTest]));
        write(png, chart);
    }

    /**
     * Plots train and test loss per epoch on a logarithmic y axis.
     *
     * <p>Epochs are numbered 1..E on the x axis ({@code trainLoss[e]} is the loss after epoch
     * {@code e + 1}, as in {@code FitHistory}). The y axis is logarithmic when every finite loss is
     * positive; a loss of zero or below cannot be placed on a log axis, so then the axis is linear
     * and its title says so. {@code NaN} and infinite losses (a diverged fit) are left out and
     * leave a gap in the curve. With few epochs every point gets a marker, so that a single epoch
     * (ridge) is visible too.
     *
     * @param png       file to write (parent directories are created; an existing file is replaced)
     * @param title     title above the chart; {@code null} or blank for none
     * @param trainLoss train loss after each epoch, at least one entry
     * @param testLoss  test loss after each epoch, either empty (no test set) or as long as
     *                  {@code trainLoss}
     * @throws IllegalArgumentException for an empty {@code trainLoss}, a {@code testLoss} of another
     *                                  non-zero length, or no finite loss at all
     * @throws IOException              if the file cannot be written
     */
    public static void loss(Path png, String title, double[] trainLoss, double[] testLoss) throws IOException {
        Objects.requireNonNull(png, "png");
        requireNonEmpty("trainLoss", trainLoss);
        Objects.requireNonNull(testLoss, "testLoss (use an empty array when there is no test set)");
        if (testLoss.length != 0 && testLoss.length != trainLoss.length) {
            throw new IllegalArgumentException("testLoss must be empty or as long as trainLoss (" + trainLoss.length
                    + "), got length " + testLoss.length);
        }
        int epochs = trainLoss.length;
        boolean anyFinite = false;
        boolean allPositive = true;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] losses : new double[][] {trainLoss, testLoss}) {
            for (double v : losses) {
                if (Double.isFinite(v)) {
                    anyFinite = true;
                    allPositive &= v > 0;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!anyFinite) {
            throw new IllegalArgumentException("trainLoss and testLoss hold no finite value: nothing to plot");
        }

        XYChart chart = newXyChart(title, "epoch", allPositive ? "loss (log scale)" : "loss (linear: some loss ≤ 0)");
        double[] epoch = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            epoch[e] = e + 1;
        }
        boolean markers = epochs <= MAX_EPOCHS_WITH_MARKERS;
        addLine(chart, "train", TRUTH_COLOR, 2.5f, epoch, trainLoss, markers);
        if (testLoss.length > 0) {
            addLine(chart, "test", PREDICTION_COLOR, 2.5f, epoch, testLoss, markers);
        }
        AxesChartStyler styler = chart.getStyler();
        if (allPositive) {
            styler.setYAxisLogarithmic(true);
            // Whole decades as limits: XChart labels a log axis at powers of ten, and a range
            // inside one decade would have no label at all.
            double floor = Math.floor(Math.log10(lo));
            double ceil = Math.ceil(Math.log10(hi));
            if (ceil <= floor) {
                ceil = floor + 1;
            }
            styler.setYAxisMin(Math.pow(10, floor));
            styler.setYAxisMax(Math.pow(10, ceil));
        } else if (lo == hi) {
            styler.setYAxisMin(lo - 1);
            styler.setYAxisMax(hi + 1);
        }
        // Whole epochs only: the default pattern would label fractional epochs such as 2.5.
        styler.setXAxisDecimalPattern("0");
        styler.setXAxisMin(epochs == 1 ? 0.0 : 1.0);
        styler.setXAxisMax(epochs == 1 ? 2.0 : (double) epochs);
        write(png, chart);
    }

    /**
     * Plots one bar per label at its mean, with an error bar of ± its standard deviation, for
     * comparing models (for example test MSE per model over seeds).
     *
     * <p>When all means are positive and the largest is more than 100 times the smallest (more
     * than two decades), the y axis is logarithmic, since on a linear axis the small bars would be
     * invisible. On a log axis an error bar whose lower end {@code mean - sd} is not positive
     * runs down to the base of the bars and has no cap there. The error bars are drawn here rather than
     * by XChart, whose category error bars are wrong on a logarithmic axis.
     *
     * @param png    file to write (parent directories are created; an existing file is replaced)
     * @param title  title above the chart; {@code null} or blank for none
     * @param labels one non-null label per bar, at least one
     * @param means  bar heights, finite, one per label
     * @param sds    standard deviations, finite and non-negative, or {@code NaN} for no error bar,
     *               one per label
     * @throws IllegalArgumentException for empty or mismatched inputs, a null label, a non-finite
     *                                  mean, or a negative or infinite standard deviation
     * @throws IOException              if the file cannot be written
     */
    public static void bars(Path png, String title, List<String> labels, double[] means, double[] sds)
            throws IOException {
        Objects.requireNonNull(png, "png");
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("labels must hold at least one label, got "
                    + (labels == null ? "null" : "an empty list"));
        }
        int n = labels.size();
        if (means == null || means.length != n) {
            throw new IllegalArgumentException("means must hold one value per label (" + n + "), got "
                    + (means == null ? "null" : "length " + means.length));
        }
        if (sds == null || sds.length != n) {
            throw new IllegalArgumentException("sds must hold one value per label (" + n + "), got "
                    + (sds == null ? "null" : "length " + sds.length));
        }
        List<Double> meanList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (labels.get(i) == null) {
                throw new IllegalArgumentException("labels[" + i + "] must not be null");
            }
            requireFinite("means", means, i);
            if (!(sds[i] >= 0 && sds[i] < Double.POSITIVE_INFINITY) && !Double.isNaN(sds[i])) {
                throw new IllegalArgumentException("sds[" + i + "] must be finite and >= 0, or NaN for no error bar, got "
                        + sds[i]);
            }
            meanList.add(means[i]);
        }

        double minMean = Double.POSITIVE_INFINITY;
        double maxMean = Double.NEGATIVE_INFINITY;
        for (double m : means) {
            minMean = Math.min(minMean, m);
            maxMean = Math.max(maxMean, m);
        }
        boolean log = minMean > 0 && maxMean / minMean > 100;

        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        style(chart, title, null, log ? "mean ± sd (log scale)" : "mean ± sd");
        chart.getStyler().setLegendVisible(false); // one series: its colour needs no key
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.6);
        int labelChars = labels.stream().mapToInt(String::length).sum();
        if (labelChars > 70) {
            chart.getStyler().setXAxisLabelRotation(30); // long labels would overlap side by side
        }
        CategorySeries series = chart.addSeries("mean", labels, meanList);
        series.setFillColor(BAR_COLOR);
        series.setLineColor(BAR_COLOR);

        // The y range is set here because XChart would start bars of positive values at the
        // smallest value instead of at zero, and because the error bars must fit.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double sd = Double.isNaN(sds[i]) ? 0 : sds[i];
            double bottom = means[i] - sd;
            lo = Math.min(lo, log && bottom <= 0 ? means[i] : bottom);
            hi = Math.max(hi, means[i] + sd);
        }
        double axisMin;
        double axisMax;
        if (log) {
            axisMin = Math.pow(10, Math.floor(Math.log10(lo)));
            axisMax = Math.pow(10, Math.ceil(Math.log10(hi)));
            chart.getStyler().setYAxisLogarithmic(true);
        } else {
            lo = Math.min(0, lo);
            hi = Math.max(0, hi);
            double span = hi > lo ? hi - lo : 1.0;
            axisMin = lo < 0 ? lo - 0.05 * span : 0.0;
            axisMax = hi > 0 ? hi + 0.08 * span : 0.0;
            if (axisMin == axisMax) {
                axisMax = 1.0;
            }
        }
        chart.getStyler().setYAxisMin(axisMin);
        chart.getStyler().setYAxisMax(axisMax);
        chart.addAnnotation(new ErrorBars(means, sds, axisMin));
        write(png, chart);
    }

    // ---------------------------------------------------------------------------------------------

    private static XYChart newXyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        style(chart, title, xTitle, yTitle);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    /** The look shared by all figures: white, light grid, readable fonts, no chart buttons. */
    /** A tick label pattern with about three significant digits for an axis spanning {@code range}. */
    static String xPattern(double range) {
        if (!(range > 0) || range >= 100) {
            return "0";
        }
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(range)));
        return "0." + "#".repeat(decimals);
    }

    private static void style(Chart<? extends AxesChartStyler, ?> chart, String title, String xTitle, String yTitle) {
        AxesChartStyler s = chart.getStyler();
        boolean hasTitle = title != null && !title.isBlank();
        chart.setTitle(hasTitle ? title : "");
        s.setChartTitleVisible(hasTitle);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(TITLE_FONT);
        chart.setXAxisTitle(xTitle == null ? "" : xTitle);
        chart.setYAxisTitle(yTitle);
        s.setXAxisTitleVisible(xTitle != null);
        s.setAxisTitleFont(AXIS_TITLE_FONT);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setLegendFont(LEGEND_FONT);
        s.setChartFontColor(TEXT_COLOR);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.DARK_GRAY);
        s.setPlotGridLinesColor(GRID_COLOR);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartPadding(12);
        s.setAntiAlias(true);
    }

    /**
     * Adds {@code y} against {@code x} as a line, one XChart series per run of finite points:
     * XChart joins all points of a series, so a missing value must end one series and start the
     * next. Only the first run appears in the legend; all runs share colour and stroke.
     */
    private static void addLine(XYChart chart, String name, Color color, float width, double[] x, double[] y,
            boolean markers) {
        int part = 0;
        int i = 0;
        while (i < y.length) {
            if (!Double.isFinite(y[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < y.length && Double.isFinite(y[i])) {
                i++;
            }
            double[] xs = java.util.Arrays.copyOfRange(x, start, i);
            double[] ys = java.util.Arrays.copyOfRange(y, start, i);
            XYSeries series = chart.addSeries(part == 0 ? name : name + " (part " + (part + 1) + ")", xs, ys);
            series.setShowInLegend(part == 0);
            series.setLineColor(color);
            series.setLineWidth(width);
            series.setMarkerColor(color);
            // A run of one point has no line to draw; a marker keeps it visible.
            series.setMarker(markers || xs.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            part++;
        }
    }

    private static void write(Path png, Chart<?, ?> chart) throws IOException {
        AtomicFiles.write(png, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static void requireNonEmpty(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, got "
                    + (values == null ? "null" : "an empty array"));
        }
    }

    private static void requireSameLength(String name, double[] values, String otherName, double[] other) {
        if (values == null || values.length != other.length) {
            throw new IllegalArgumentException(name + " must be as long as " + otherName + " (" + other.length
                    + "), got " + (values == null ? "null" : "length " + values.length));
        }
    }

    private static void requireFinite(String name, double[] values, int i) {
        if (!Double.isFinite(values[i])) {
            throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Drawn on top of the finished chart. XChart paints annotations last and gives them the chart's
    // axes, so these can map data to pixels exactly as the plot did.

    /** A dashed vertical line at the first test time, labelled "train | test" at the top. */
    private static final class Boundary extends Annotation {
        private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {8f, 5f}, 0f);
        private final double x;

        Boundary(double x) {
            super(false);
            this.x = x;
        }

        @Override
        public void paint(Graphics2D g) {
            double sx = chart.getScreenXFromChart(x);
            int top = getYAxisScreenValueForMin();
            int bottom = getYAxisScreenValueForMax();
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BOUNDARY_COLOR);
            g.setStroke(DASHED);
            g.draw(new Line2D.Double(sx, top, sx, bottom));

            // The label is placed so that its "|" sits on the line: "train" to the left, "test"
            // to the right, on a white box so that a curve passing behind does not hide it.
            g.setFont(LABEL_FONT);
            FontMetrics fm = g.getFontMetrics();
            String text = "train | test";
            double left = sx - fm.stringWidth("train ") - fm.stringWidth("|") / 2.0;
            double baseline = top + 8 + fm.getAscent();
            Rectangle2D box = new Rectangle2D.Double(left - 5, top + 5, fm.stringWidth(text) + 10,
                    fm.getAscent() + fm.getDescent() + 6);
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6));
            g.setColor(BOUNDARY_COLOR);
            g.drawString(text, (float) left, (float) baseline);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            bounds = new Rectangle2D.Double(sx - 1, top, 2, bottom - top);
        }
    }

    /** Vertical error bars of ± sd with caps, centred on the bars of a one-series category chart. */
    private static final class ErrorBars extends Annotation {
        private static final BasicStroke STROKE = new BasicStroke(1.8f);
        private final double[] means;
        private final double[] sds;
        private final double axisMin;

        ErrorBars(double[] means, double[] sds, double axisMin) {
            super(false);
            this.means = means.clone();
            this.sds = sds.clone();
            this.axisMin = axisMin;
        }

        @Override
        public void paint(Graphics2D g) {
            boolean log = ((AxesChartStyler) styler).isYAxisLogarithmic();
            int n = means.length;
            // Bar centres as XChart lays them out: categories share the plot content width
            // (plotContentSize of the plot, centred) equally, each bar centred in its share.
            double plotLeft = getXAxisScreenValueForMin();
            double plotWidth = getXAxisScreenValueForMax() - plotLeft;
            double content = styler.getPlotContentSize() * plotWidth;
            double step = content / n;
            double firstCentre = plotLeft + (plotWidth - content) / 2 + step / 2;
            double cap = Math.min(8, step * 0.15);
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(ERROR_BAR_COLOR);
            g.setStroke(STROKE);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(sds[i]) || sds[i] == 0) {
                    continue;
                }
                double cx = firstCentre + i * step;
                double low = means[i] - sds[i];
                boolean clipped = log && low <= axisMin;
                double yHigh = chart.getScreenYFromChart(means[i] + sds[i]);
                // A lower end off the log axis stops at the base of the bars, without a cap.
                double yLow = chart.getScreenYFromChart(clipped ? axisMin : low);
                g.draw(new Line2D.Double(cx, yHigh, cx, yLow));
                g.draw(new Line2D.Double(cx - cap, yHigh, cx + cap, yHigh));
                if (!clipped) {
                    g.draw(new Line2D.Double(cx - cap, yLow, cx + cap, yLow));
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            bounds = new Rectangle2D.Double(plotLeft, getYAxisScreenValueForMin(), plotWidth,
                    getYAxisScreenValueForMax() - getYAxisScreenValueForMin());
        }
    }
}
