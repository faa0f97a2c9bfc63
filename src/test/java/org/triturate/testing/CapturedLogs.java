package org.triturate.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log record written while open, so a test can prove that some text never reaches the log. */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private CapturedLogs() {
        root.addHandler(this);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    @Override
    public void publish(LogRecord record) {
        String parameters = record.getParameters() == null ? "" : " " + Arrays.toString(record.getParameters());
        String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
        lines.add(record.getMessage() + parameters + thrown);
    }

    public boolean anyContains(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
        // records are kept in memory only
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
