package org.newsdesk.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Payara Server of the tests, administered as an operator would: with asadmin. */
public final class Payara {

    private Payara() {
    }

    /** Runs asadmin with the arguments; fails the test when it fails. Returns its output. */
    public static String asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("newsdesk.payaraHome"), "bin", "asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    /** The name Newsdesk is deployed under (Arquillian names it after the archive). */
    public static String application() throws IOException, InterruptedException {
        for (String line : asadmin("list-applications").split("\\R")) {
            String name = line.strip().split("\\s+")[0];
            if (name.startsWith("newsdesk")) {
                return name;
            }
        }
        throw new AssertionError("Newsdesk is not deployed");
    }
}
