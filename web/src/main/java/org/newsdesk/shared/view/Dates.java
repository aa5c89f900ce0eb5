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
        if (formatter == null) {
            // once per request: a page of queues formats hundreds of times
            formatter = formatter(FormatStyle.SHORT);
        }
        return instant == null ? "" : formatter.format(instant);
    }

    /** With seconds, for the audit log, where the order of a minute's events matters. */
    public String precise(Instant instant) {
        if (precise == null) {
            precise = formatter(FormatStyle.MEDIUM);
        }
        return instant == null ? "" : precise.format(instant);
    }

    private DateTimeFormatter formatter(FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, time)
                .withLocale(preferences.getLocale())
                .withZone(ZoneId.of(preferences.getTimeZone()));
    }
}
