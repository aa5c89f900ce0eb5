package org.newsdesk.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times as the user reads them: in the user's language and the newsroom's time zone. */
@Named
@RequestScoped
public class Dates {

    @Inject
    SessionPreferences preferences;

    private DateTimeFormatter formatter;
    private DateTimeFormatter precise;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (formatter == null) {
            // once per request: a page of queues formats hundreds of times
            formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(preferences.getLocale())
                    .withZone(ZoneId.of(preferences.getTimeZone()));
        }
        return formatter.format(instant);
    }

    /** With seconds, for the audit log, where the order of a minute's events matters. */
    public String precise(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (precise == null) {
            precise = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                    .withLocale(preferences.getLocale())
                    .withZone(ZoneId.of(preferences.getTimeZone()));
        }
        return precise.format(instant);
    }
}
