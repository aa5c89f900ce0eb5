package org.newsdesk.load;

/**
 * One run for {@link NewsroomSimulation}, handed over in this JVM (Gatling instantiates the simulation itself):
 * which work, closed (a fixed number of users, each starting its next operation when the last is answered) or open
 * (users arriving at a fixed rate whatever the answers), for how long.
 */
final class LoadPlan {

    /** What the users do: {@code save}, {@code baseline} (the same body to the baseline endpoint) or {@code mix}. */
    enum Work { SAVE, BASELINE, MIX }

    static volatile LoadPlan current;

    final String baseUrl;
    final Work work;
    final boolean open;
    final int users;
    final double arrivalsPerSecond;
    final int warmupSeconds;
    final int measureSeconds;
    final Fixture fixture;
    volatile Latencies latencies;

    private LoadPlan(String baseUrl, Work work, boolean open, int users, double arrivalsPerSecond, int warmupSeconds,
                     int measureSeconds, Fixture fixture) {
        this.baseUrl = baseUrl;
        this.work = work;
        this.open = open;
        this.users = users;
        this.arrivalsPerSecond = arrivalsPerSecond;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.fixture = fixture;
    }

    static LoadPlan closed(String baseUrl, Work work, int users, int warmupSeconds, int measureSeconds,
                           Fixture fixture) {
        return new LoadPlan(baseUrl, work, false, users, 0, warmupSeconds, measureSeconds, fixture);
    }

    static LoadPlan open(String baseUrl, Work work, double arrivalsPerSecond, int warmupSeconds, int measureSeconds,
                         Fixture fixture) {
        return new LoadPlan(baseUrl, work, true, 0, arrivalsPerSecond, warmupSeconds, measureSeconds, fixture);
    }

    /** Called when the injection starts: the warm-up and the measured window count from here. */
    void start() {
        latencies = new Latencies(warmupSeconds * 1_000_000_000L, measureSeconds * 1_000_000_000L);
    }

    int totalSeconds() {
        return warmupSeconds + measureSeconds;
    }

    String describe() {
        return work.name().toLowerCase() + (open ? " open " + Math.round(arrivalsPerSecond) + "/s" : " " + users + " users");
    }
}
