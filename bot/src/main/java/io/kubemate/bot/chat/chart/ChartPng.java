package io.kubemate.bot.chat.chart;

import io.kubemate.tools.report.Chart;
import jakarta.inject.Singleton;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Optional;

/**
 * A {@link Chart} drawn as a small PNG for chat platforms that show images (the console draws its own). Drawing
 * needs only Java2D; where the JVM cannot draw (no fonts in a stripped image) the reply goes without the picture.
 */
@Singleton
public final class ChartPng {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final Logger LOG = LoggerFactory.getLogger(ChartPng.class);

    public Optional<byte[]> draw(Chart chart) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Chart.Line line : chart.lines()) {
            TimeSeries series = new TimeSeries(line.label());
            line.points().forEach(p -> series.addOrUpdate(new Millisecond(new Date(p.t() * 1000)), p.v()));
            data.addSeries(series);
        }
        try {
            JFreeChart drawn = ChartFactory.createTimeSeriesChart(chart.title(), null, chart.unit(), data, chart.lines().size() > 1,
                    false, false);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, drawn, WIDTH, HEIGHT);
            return Optional.of(png.toByteArray());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            // AWT reports a JVM without fonts as a plain Error ("no fonts found"); the answer must not depend on it
            LOG.warn("could not draw the chart '{}' as PNG, sending the text alone: {}", chart.title(), e.toString());
            return Optional.empty();
        }
    }
}
