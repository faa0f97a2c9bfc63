package org.triturate.bench.service;

import java.time.Duration;

/**
 * The flags of bench/run (see docs/performance.md, "Benchmark") and the database server it uses (env
 * TRITURATE_BENCH_DB_SERVER, a JDBC URL ending in '/', _USER, _PASSWORD).
 */
record BenchOptions(
        boolean smoke,
        long orders,
        long fullOrders,
        Duration duration,
        Duration warmUp,
        int connections,
        int threads,
        boolean keep,
        String server,
        String user,
        String password) {

    static BenchOptions parse(String[] args) {
        boolean smoke = false;
        Long orders = null;
        Long fullOrders = null;
        Integer seconds = null;
        Integer warmUp = null;
        int connections = 32;
        int threads = 2;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--keep" -> keep = true;
                case "--orders" -> orders = Long.parseLong(args[++i]);
                case "--full-orders" -> fullOrders = Long.parseLong(args[++i]);
                case "--duration" -> seconds = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown flag " + args[i] + "; see docs/performance.md");
            }
        }
        long first = orders != null ? orders : 10_000;
        if (first < 100) {
            throw new IllegalArgumentException("--orders must be at least 100 (one block of every status)");
        }
        var env = System.getenv();
        return new BenchOptions(
                smoke,
                first,
                fullOrders != null ? fullOrders : smoke ? 0 : 1_000_000,
                Duration.ofSeconds(seconds != null ? seconds : smoke ? 3 : 20),
                Duration.ofSeconds(warmUp != null ? warmUp : smoke ? 2 : 5),
                connections,
                threads,
                keep,
                env.getOrDefault("TRITURATE_BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/"),
                env.getOrDefault("TRITURATE_BENCH_DB_USER", "root"),
                env.getOrDefault("TRITURATE_BENCH_DB_PASSWORD", ""));
    }
}
