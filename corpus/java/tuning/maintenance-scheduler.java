package com.acme.ops;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class MaintenanceScheduler {

    private static final Logger LOG = Logger.getLogger(MaintenanceScheduler.class.getName());
    private static final Set<String> RESTARTABLE = Set.of("api.service", "worker.service", "scheduler.service");

    @Scheduled(cron = "0 0 3 * * *")
    public void rotateLogs() throws IOException, InterruptedException {
        // ok: sandbox.process
        run(new ProcessBuilder("logrotate", "-f", "/etc/logrotate.d/app"));
    }

    @Scheduled(cron = "0 30 3 * * SUN")
    public void vacuum() throws IOException, InterruptedException {
        // ok: sandbox.process
        Process p = Runtime.getRuntime().exec(new String[] {"psql", "-c", "VACUUM ANALYZE"});
        p.waitFor(1, TimeUnit.HOURS);
    }

    public boolean restart(String unit) throws IOException, InterruptedException {
        if (!RESTARTABLE.contains(unit)) {
            LOG.warning("refusing to restart " + unit);
            return false;
        }
        // ok: sandbox.process
        return run(new ProcessBuilder("systemctl", "restart", unit)) == 0;
    }

    public int reindex(String collection) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/usr/local/bin/reindex", "--collection", collection);
        pb.environment().putAll(Map.of("REINDEX_BATCH", "500"));
        return run(pb);
    }

    private static int run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
