package org.triturate.bench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What /proc tells of a process: its resident memory and the CPU time it used. */
record ProcessStats(long pid) {

    /** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux platform Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    /** VmRSS in KiB, or -1 when the process is gone. */
    long rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            // reported as -1
        }
        return -1;
    }

    /** utime + stime in seconds, or -1 when the process is gone. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may contain spaces; the fields after it start after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException gone) {
            return -1;
        }
    }

    /** CPU use between two readings as a percentage of one core (200 % = both cores of a 2-core machine busy). */
    static double percent(double cpuBefore, double cpuAfter, double wallSeconds) {
        if (cpuBefore < 0 || cpuAfter < 0 || wallSeconds <= 0) {
            return -1;
        }
        return 100 * (cpuAfter - cpuBefore) / wallSeconds;
    }
}
