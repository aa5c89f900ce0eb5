package org.newsdesk.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the server's CPU went, from a JDK Flight Recorder recording's execution samples: by the layer of the
 * top-most frame outside the JDK (the JDK's own code is charged to whoever called it), and the Newsdesk methods on
 * the stack (inclusive).
 */
final class Profile {

    /** Layers by package prefix, first match wins. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.newsdesk.", "Newsdesk code");
        LAYERS.put("org.postgresql.", "PostgreSQL JDBC driver");
        LAYERS.put("com.sun.gjc.", "JDBC pool (Payara)");
        LAYERS.put("com.sun.enterprise.resource.", "JDBC pool (Payara)");
        LAYERS.put("org.hibernate.", "Hibernate ORM");
        LAYERS.put("net.bytebuddy.", "Hibernate ORM");
        LAYERS.put("org.glassfish.jersey.", "JAX-RS (Jersey)");
        LAYERS.put("org.eclipse.yasson.", "JSON (Yasson, Parsson)");
        LAYERS.put("org.eclipse.parsson.", "JSON (Yasson, Parsson)");
        LAYERS.put("org.glassfish.grizzly.", "HTTP (Grizzly)");
        LAYERS.put("org.apache.catalina.", "Servlet container");
        LAYERS.put("org.glassfish.soteria.", "Security");
        LAYERS.put("org.glassfish.exousia.", "Security");
        LAYERS.put("com.sun.enterprise.security.", "Security");
        LAYERS.put("com.sun.ejb.", "EJB container");
        LAYERS.put("org.glassfish.ejb.", "EJB container");
        LAYERS.put("com.sun.jts.", "Transactions");
        LAYERS.put("com.sun.enterprise.transaction.", "Transactions");
        LAYERS.put("org.jboss.weld.", "CDI (Weld)");
        LAYERS.put("org.owasp.", "HTML sanitizer");
        LAYERS.put("com.github.difflib.", "Word diff (java-diff-utils)");
        LAYERS.put("com.hazelcast.", "Hazelcast (Payara's data grid)");
        LAYERS.put("org.glassfish.hk2.", "HK2 (Payara's kernel)");
        LAYERS.put("org.jvnet.hk2.", "HK2 (Payara's kernel)");
        LAYERS.put("io.opentelemetry.", "Tracing (OpenTelemetry)");
        LAYERS.put("fish.payara.", "Payara other");
        LAYERS.put("org.glassfish.", "Payara other");
        LAYERS.put("com.sun.enterprise.", "Payara other");
    }

    record Share(String name, long samples, double percent) {
    }

    final long samples;
    final List<Share> layers;
    final List<Share> newsdeskMethods;
    final List<Share> hotMethods;

    private Profile(long samples, List<Share> layers, List<Share> newsdeskMethods, List<Share> hotMethods) {
        this.samples = samples;
        this.layers = layers;
        this.newsdeskMethods = newsdeskMethods;
        this.hotMethods = hotMethods;
    }

    static Profile of(Path recording) throws IOException {
        Map<String, Long> byLayer = new HashMap<>();
        Map<String, Long> byMethod = new HashMap<>();
        Map<String, Long> bySelf = new HashMap<>();
        long total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            byLayer.merge(layer(frames), 1L, Long::sum);
            RecordedFrame top = frames.get(0);
            bySelf.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("org.newsdesk.") && !type.contains("$$") && !type.contains("_$$_")) {
                    String method = type.substring("org.newsdesk.".length()) + "." + frame.getMethod().getName();
                    if (seen.add(method)) {
                        byMethod.merge(method, 1L, Long::sum);
                    }
                }
            }
        }
        return new Profile(total, top(byLayer, total, 20), top(byMethod, total, 20), top(bySelf, total, 15));
    }

    /** The layer of the top-most frame outside the JDK (JDK code is charged to the library that called it). */
    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("com.sun.crypto.")) {
                return layer(type);
            }
        }
        return "JDK only";
    }

    private static String layer(String type) {
        return LAYERS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other (" + type.replaceAll("\\.[A-Z].*", "") + ")");
    }

    private static List<Share> top(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(e -> new Share(e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, total)))
                .collect(Collectors.toList());
    }
}
