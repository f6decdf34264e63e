package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.scene.control.CheckBox;
import javafx.stage.Window;

/**
 * What the Sitzungen page asks before the period export: whether VS-NfD meetings go in (off
 * unless chosen, as for one meeting), then where to; afterwards it says what was written.
 */
public final class PeriodExportDialog {

    private final Messages messages;
    private final Formats formats;
    private final DialogService dialogs;
    private final PeriodExportViewModel export;

    public PeriodExportDialog(Messages messages, DialogService dialogs, PeriodExportViewModel export) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.dialogs = dialogs;
        this.export = export;
    }

    public void ask(Window owner, PeriodExportViewModel.Shown shown) {
        CheckBox classified = new CheckBox(messages.get("meetingForm.export.classified"));
        classified.setId("periodExportClassified");
        String title = messages.get("meetings.export.title");
        boolean confirmed = dialogs.ask(owner, Prompt.of("periodExportDialog", title, classified)
                .header(messages.get("meetings.export.text", shown.meetingIds().size(), formats.date(shown.from()),
                        formats.date(shown.to())))
                .confirm(messages.get("meetingForm.export.confirm")));
        if (confirmed) {
            dialogs.saveFile(owner, export.file(shown)).ifPresent(target -> export.export(shown, target,
                    classified.isSelected(), text -> dialogs.inform(owner, title, text),
                    error -> dialogs.showError(owner, title, error, () -> { })));
        }
    }
}
