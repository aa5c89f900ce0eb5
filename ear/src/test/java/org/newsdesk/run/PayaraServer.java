package org.newsdesk.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The unpacked Payara Server under {@code ear/target/payara6}, driven by its {@code asadmin}. */
final class PayaraServer {

    /** The run command's own domain; the tests use the pristine domain1, so the two never share deployments. */
    static final String DOMAIN = "newsdesk";

    private final Path home;
    private final Path log;

    PayaraServer(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    /** Creates the domain on first use (ports 8080 and 4848, no admin password: it listens for this laptop). */
    void createDomainIfMissing() throws IOException {
        if (!Files.isDirectory(home.resolve("glassfish/domains/" + DOMAIN))) {
            run(Map.of(), "create-domain", "--nopassword=true", "--adminport", "4848", "--instanceport", "8080",
                    DOMAIN);
        }
    }

    Path serverLog() {
        return home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    }

    Path asadmin() {
        return home.resolve("bin/asadmin");
    }

    /** Starts the domain in the background with the given environment (inherited by the server process). */
    void start(Map<String, String> environment) throws IOException {
        run(environment, "start-domain", DOMAIN);
    }

    void deploy(Path ear) throws IOException {
        run(Map.of(), "deploy", "--force=true", "--name", "newsdesk", ear.toAbsolutePath().toString());
    }

    /** Undeploys first, so that the next start does not load a stale copy, then stops the domain. */
    void stop() throws IOException {
        try {
            run(Map.of(), "undeploy", "newsdesk");
        } catch (IOException e) {
            // not deployed (the start failed before): nothing to undeploy
        }
        run(Map.of(), "stop-domain", "--kill=true", DOMAIN);
    }

    /**
     * Makes the stopped domain forget a deployment that an earlier run could not undeploy (a stop by a signal that
     * reached Payara too, or kill -9): otherwise the domain loads that copy at start while this run deploys the new
     * one, and the deployment fails ("ServiceLocatorImpl … has been shut down"). Only while the domain is down:
     * removes the application and its reference from domain.xml, and its unpacked and generated files.
     */
    void forgetDeployment() throws IOException {
        Path domain = home.resolve("glassfish/domains/" + DOMAIN);
        editConfig(xml -> remove(xml, "application", "name") | remove(xml, "application-ref", "ref"));
        for (String dir : List.of("applications", "generated/ejb", "generated/jsp", "generated/xml",
                "generated/policy")) {
            deleteTree(domain.resolve(dir).resolve("newsdesk"));
        }
    }

    /**
     * Sizes the server's HTTP worker pool (Payara's default is 5 threads, so that at most 5 requests run at once
     * whatever the database pool): {@code threads} at most, a quarter of them kept. Only while the domain is down;
     * production sets the same with {@code asadmin set} (README, "Configuration").
     */
    void sizeHttpThreadPool(int threads) throws IOException {
        editConfig(xml -> {
            org.w3c.dom.NodeList configs = xml.getElementsByTagName("config");
            for (int i = 0; i < configs.getLength(); i++) {
                org.w3c.dom.Element config = (org.w3c.dom.Element) configs.item(i);
                if (!"server-config".equals(config.getAttribute("name"))) {
                    continue;
                }
                org.w3c.dom.NodeList pools = config.getElementsByTagName("thread-pool");
                for (int j = 0; j < pools.getLength(); j++) {
                    org.w3c.dom.Element pool = (org.w3c.dom.Element) pools.item(j);
                    if ("http-thread-pool".equals(pool.getAttribute("name"))
                            && !Integer.toString(threads).equals(pool.getAttribute("max-thread-pool-size"))) {
                        pool.setAttribute("max-thread-pool-size", Integer.toString(threads));
                        pool.setAttribute("min-thread-pool-size", Integer.toString(Math.max(2, threads / 4)));
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Applies {@code change} to the stopped domain's domain.xml, and writes it back when it says it changed. */
    private void editConfig(java.util.function.Predicate<org.w3c.dom.Document> change) throws IOException {
        Path config = home.resolve("glassfish/domains/" + DOMAIN + "/config/domain.xml");
        if (!Files.exists(config)) {
            return;
        }
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(config.toFile());
            if (change.test(xml)) {
                var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
                transformer.transform(new javax.xml.transform.dom.DOMSource(xml),
                        new javax.xml.transform.stream.StreamResult(config.toFile()));
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot read or write " + config, e);
        }
    }

    /** Removes the elements named {@code element} whose {@code attribute} is "newsdesk"; whether there were any. */
    private static boolean remove(org.w3c.dom.Document xml, String element, String attribute) {
        org.w3c.dom.NodeList found = xml.getElementsByTagName(element);
        List<org.w3c.dom.Element> ours = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            org.w3c.dom.Element candidate = (org.w3c.dom.Element) found.item(i);
            if ("newsdesk".equals(candidate.getAttribute(attribute))) {
                ours.add(candidate);
            }
        }
        ours.forEach(e -> e.getParentNode().removeChild(e));
        return !ours.isEmpty();
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A server left running by a killed earlier run: its pid file names a live process. */
    Optional<ProcessHandle> leftover() throws IOException {
        Path pid = home.resolve("glassfish/domains/" + DOMAIN + "/config/pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        String text = Files.readString(pid).strip();
        return text.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive);
    }

    private void run(Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(asadmin().toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IOException("asadmin " + String.join(" ", arguments) + " failed (exit " + exit
                        + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
