package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.ActionItem;
import java.util.List;

/** Action items (Aufträge) as a TOP page and a one-pager list them: what, who, when, status. */
final class ActionItemTable {

    private ActionItemTable() {
    }

    static void write(Layout layout, List<ActionItem> items) {
        Texts texts = layout.texts();
        Layout.Table table = layout.table(new float[] {50, 22, 14, 14}, texts.get("briefing.column.actionItem"),
                texts.get("briefing.column.owner"), texts.get("briefing.column.due"),
                texts.get("briefing.column.status"));
        for (ActionItem item : items) {
            String owner = item.ownerPersonId() != null ? texts.personWithMinistry(item.ownerPersonId())
                    : texts.ministry(item.ownerMinistryId());
            table.row(item.description(), owner, texts.date(item.dueDate()), texts.label(item.status()));
        }
        table.finish();
    }
}
