package de.digitaldialog.desk.service;

import java.util.List;

/**
 * Something about a meeting's date the planner should know, but that does not stop the meeting:
 * the text is {@code messages.get(key, args.toArray())}.
 */
public record CalendarWarning(Kind kind, String key, List<Object> args) {

    public enum Kind {
        /** The meeting falls on a Saturday or Sunday. */
        WEEKEND,
        /** The meeting falls on a public holiday in Bavaria or North Rhine-Westphalia. */
        PUBLIC_HOLIDAY,
        /** Another meeting at the same time shares a person or a ministry with this one. */
        OVERLAP
    }

    public CalendarWarning {
        args = List.copyOf(args);
    }
}
