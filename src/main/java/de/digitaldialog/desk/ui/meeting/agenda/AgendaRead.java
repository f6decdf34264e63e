package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.service.MeetingService;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agenda as the service returned it after a change, with the action items of its TOPs. */
record AgendaRead(List<AgendaItem> agenda, Map<UUID, List<ActionItem>> actionItems) {

    /** The agenda a change returned, and the action items read with it; runs in the background. */
    static AgendaRead after(List<AgendaItem> agenda, MeetingService meetings, UUID meetingId) {
        return new AgendaRead(agenda, meetings.actionItems(meetingId));
    }
}
