package org.newsdesk.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic copy for the benchmark: German and English news sentences with numbers, dates, quotes and sources —
 * the check-worthy kind — in stories of 1 to 8 KB. Every sentence holds a number unique in its story, so a claim on
 * it is found exactly once.
 */
final class Newsroom {

    private static final String[] DE = {
        "Nach Angaben des Statistischen Bundesamts stiegen die Kosten um {P} Prozent auf {N} Millionen Euro.",
        "„Wir werden {N} zusätzliche Stellen schaffen“, sagte die Ministerin am Dienstag in Berlin.",
        "Im Jahr {Y} lag die Quote bei {P} Prozent, teilte die Behörde in Köln mit.",
        "Die Gewerkschaft fordert für {N} Beschäftigte eine Erhöhung um {P} Prozent.",
        "Der Bundestag beriet in erster Lesung über den Haushalt mit {N} Millionen Euro für Schulen und Kliniken.",
        "Nato-Generalsekretär Stoltenberg sagte, das Bündnis sei zu Gesprächen über {N} Punkte bereit.",
        "Laut einer Umfrage halten {P} Prozent der Befragten die Maßnahmen für richtig.",
        "Die Bahn meldete am Wochenende {N} ausgefallene Züge wegen des Streiks.",
    };
    private static final String[] EN = {
        "According to the statistics office, costs rose by {P} percent to {N} million euros.",
        "\"We will create {N} additional jobs,\" the minister said in Berlin on Tuesday.",
        "In {Y} the rate stood at {P} percent, the agency in Cologne said.",
        "The union demands a raise of {P} percent for {N} employees.",
        "Parliament debated a budget of {N} million euros for schools and hospitals in its first reading.",
        "Nato's secretary general said the alliance was ready to talk about {N} points.",
        "A survey found that {P} percent of those asked support the measures.",
        "The railway reported {N} cancelled trains at the weekend because of the strike.",
    };
    private static final String[] DESKS = {"Politik", "Wirtschaft", "Ausland", "Kultur", "Sport"};

    private Newsroom() {
    }

    /** Story {@code index}: German two times in three, 1–8 KB of body text, reproducible from the seed. */
    static LoadStory story(int index, long seed) {
        Random random = new Random(seed + index);
        boolean german = index % 3 != 2;
        String[] templates = german ? DE : EN;
        int targetBytes = 1_024 + random.nextInt(7 * 1_024);
        Set<String> numbers = new HashSet<>();
        List<List<String>> paragraphs = new ArrayList<>();
        int bytes = 0;
        while (bytes < targetBytes) {
            List<String> words = new ArrayList<>();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String sentence = templates[random.nextInt(templates.length)]
                        .replace("{N}", unique(random, numbers, 100, 99_999))
                        .replace("{P}", percent(unique(random, numbers, 11, 999), german))
                        .replace("{Y}", Integer.toString(1990 + random.nextInt(35)));
                words.addAll(Arrays.asList(sentence.split(" ")));
                bytes += sentence.length() + 1;
            }
            paragraphs.add(words);
        }
        String headline = (german ? "Lage in " : "Situation in ") + DESKS[index % DESKS.length] + " " + index;
        return new LoadStory(headline, german ? "de" : "en", DESKS[index % DESKS.length], paragraphs, seed * 31 + index);
    }

    /** 123 as "12,3" (German) or "12.3". */
    private static String percent(String tenths, boolean german) {
        return tenths.substring(0, tenths.length() - 1) + (german ? "," : ".") + tenths.charAt(tenths.length() - 1);
    }

    private static String unique(Random random, Set<String> used, int from, int to) {
        String value;
        do {
            value = Integer.toString(from + random.nextInt(to - from));
        } while (!used.add(value));
        return value;
    }
}
