package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.Classification;
import java.time.LocalDate;
import java.util.List;

/** Decisions as a status report and a one-pager list them: when, at which meeting and TOP, what. */
final class DecisionTable {

    /** One decision with where it was taken and its effective classification. */
    record Row(LocalDate date, String meetingTitle, String agendaNumber, String text, Classification classification) {
    }

    private DecisionTable() {
    }

    static void write(Layout layout, List<Row> rows) {
        Texts texts = layout.texts();
        Layout.Table table = layout.table(new float[] {14, 30, 56}, texts.get("briefing.column.date"),
                texts.get("briefing.column.meeting"), texts.get("briefing.column.decision"));
        for (Row row : rows) {
            table.row(texts.date(row.date()), row.meetingTitle() + ", " + texts.get("briefing.top.label", row.agendaNumber()),
                    row.text() + texts.classifiedSuffix(row.classification()));
        }
        table.finish();
    }
}
